package com.printdesk.catalog;

/** How a product template is priced on a quote. */
public enum PricingMode {
    /** one unit price, whatever it weighs */
    FIXED("Fixed price"),
    /** from a material's price per gram, default grams and print hours */
    BY_MATERIAL("By material");

    private final String displayName;

    PricingMode(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
