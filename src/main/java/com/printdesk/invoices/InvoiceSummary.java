package com.printdesk.invoices;

import java.time.LocalDate;

import com.printdesk.shared.Money;

/** A row of an invoice list, read straight from the invoice row (no lines, no joins). */
public record InvoiceSummary(long id, String number, InvoiceStatus status, boolean overdue, long clientId,
        String billToName, String billToCompany, LocalDate issueDate, LocalDate dueDate, Money total, Money balance) {

    public String displayStatus() {
        return overdue ? "OVERDUE" : status.name();
    }

    public String reference() {
        return number != null ? number : "Draft #" + id;
    }
}
