package com.printdesk.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A material as entered on the admin form (also the command to create or change one). */
public record MaterialForm(
        @NotBlank(message = "Enter a name") @Size(max = 80, message = "Keep the name under 80 characters")
        String name,
        @NotNull(message = "Choose a type") MaterialType type,
        @Size(max = 40, message = "Keep the colour under 40 characters") String colour,
        @NotNull(message = "Enter the density in g/cm³")
        @DecimalMin(value = "0.5", message = "Density is between 0.5 and 3.0 g/cm³")
        @DecimalMax(value = "3.0", message = "Density is between 0.5 and 3.0 g/cm³")
        @Digits(integer = 1, fraction = 3, message = "Enter the density with at most 3 decimals, like 1.24")
        BigDecimal density,
        @NotNull(message = "Enter the price per gram")
        @DecimalMin(value = "0", message = "The price per gram cannot be negative")
        @Digits(integer = 8, fraction = 4, message = "Prices per gram have at most 4 decimals, like 0.0450")
        BigDecimal pricePerGram,
        long version) {

    static MaterialForm empty() {
        return new MaterialForm("", MaterialType.PLA, "", null, null, 0);
    }
}
