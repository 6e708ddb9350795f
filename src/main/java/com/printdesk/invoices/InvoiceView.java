package com.printdesk.invoices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.LineItem;
import com.printdesk.shared.Money;

/** An invoice as pages, PDFs and other modules read it. */
public record InvoiceView(long id, String number, InvoiceStatus status, boolean overdue, long clientId,
        DocumentDetails details, GstCalculation.Totals totals, boolean gstRegistered, Money amountPaid,
        Money balance, Money adjusted, Money refunded, LocalDate issueDate, LocalDate dueDate, Long quoteId, Long replacesInvoiceId,
        String voidReason, String writtenOffReason, Instant createdAt, long version, Long shopAttemptId,
        String delivery) {

    static InvoiceView of(Invoice invoice, LocalDate today) {
        List<LineItem> items = invoice.lineItems();
        DocumentDetails details = invoice.content().details(items);
        return new InvoiceView(invoice.id(), invoice.number(), invoice.status(), invoice.isOverdue(today),
                invoice.clientId(), details, details.totals(invoice.content().gstRegistered()),
                invoice.content().gstRegistered(), invoice.amountPaid(), invoice.balance(), invoice.adjusted(),
                invoice.refunded(), invoice.issueDate(),
                invoice.dueDate(), invoice.quoteId(), invoice.replacesInvoiceId(), invoice.voidReason(),
                invoice.writtenOffReason(), invoice.createdAt(), invoice.version(), invoice.shopAttemptId(),
                invoice.delivery());
    }

    /** Whether "Delivery: …" is printed (shop orders say pickup or where to ship). */
    public boolean hasDelivery() {
        return delivery != null && !delivery.isBlank();
    }

    public boolean isDraft() {
        return status == InvoiceStatus.DRAFT;
    }

    /** "Tax invoice" when the bureau was GST registered, otherwise "Invoice". */
    public String title() {
        return gstRegistered ? "Tax invoice" : "Invoice";
    }

    /** What people see: the stored status, or OVERDUE. */
    public String displayStatus() {
        return overdue ? "OVERDUE" : status.name();
    }

    public String reference() {
        return number != null ? number : "Draft #" + id;
    }

    /** The file name a download gets: {@code Tax-invoice-INV-000123.pdf}. */
    public String pdfFileName() {
        return title().replace(' ', '-') + "-" + (number != null ? number : "draft-" + id) + ".pdf";
    }

    public List<LineItem> items() {
        return details.items();
    }
}
