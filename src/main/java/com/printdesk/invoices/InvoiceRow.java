package com.printdesk.invoices;

import java.time.LocalDate;

import com.printdesk.shared.Money;

/** The columns a list needs, projected by the query. */
record InvoiceRow(long id, String number, InvoiceStatus status, long clientId, String billToName,
        String billToCompany, LocalDate issueDate, LocalDate dueDate, long totalCents, long amountPaidCents,
        long amountAdjustedCents, long amountRefundedCents) {

    InvoiceSummary summary(LocalDate today) {
        boolean open = status.isOpen() || status == InvoiceStatus.PAID;
        Money total = Money.ofCents(totalCents);
        return new InvoiceSummary(id, number, status, status.isOpen() && dueDate != null && dueDate.isBefore(today), clientId,
                billToName, billToCompany, issueDate, dueDate, total,
                open ? Money.ofCents(totalCents - amountAdjustedCents - amountPaidCents + amountRefundedCents)
                        : Money.ZERO);
    }
}
