package com.printdesk.catalog;

/**
 * What staff set on a printer. "Printing" is not here on purpose: it follows from the print jobs on the
 * printer and is derived from them, so it can never disagree with the job board.
 */
public enum PrinterStatus {
    IDLE("Idle"),
    MAINTENANCE("Maintenance"),
    OFFLINE("Offline");

    private final String displayName;

    PrinterStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
