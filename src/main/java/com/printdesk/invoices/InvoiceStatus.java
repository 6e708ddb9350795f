package com.printdesk.invoices;

/** Stored statuses. OVERDUE is derived from the due date in the business time zone, never stored. */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, VOID, WRITTEN_OFF, REFUNDED;

    /** Issued and not settled: money is still expected. */
    public boolean isOpen() {
        return this == ISSUED || this == PARTIALLY_PAID;
    }
}
