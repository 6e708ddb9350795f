package com.printdesk.catalog;

/** The kind of plastic or resin; decides nothing by itself, but groups and labels materials. */
public enum MaterialType {
    PLA("PLA"),
    PETG("PETG"),
    ABS("ABS"),
    ASA("ASA"),
    TPU("TPU"),
    NYLON("Nylon"),
    RESIN("Resin"),
    OTHER("Other");

    private final String displayName;

    MaterialType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
