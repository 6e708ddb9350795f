package com.printdesk.catalog;

import java.math.BigDecimal;

import com.printdesk.shared.Rate;

/** A material as other modules see it. Density is in g/cm³, so grams = cm³ × density. */
public record MaterialView(long id, String name, MaterialType type, String colour, BigDecimal density,
        Rate pricePerGram, boolean active) {

    /** "PLA (Black)", or just the name when no colour is recorded. */
    public String label() {
        return colour == null || colour.isBlank() ? name : name + " (" + colour + ")";
    }
}
