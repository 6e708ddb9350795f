package com.printdesk.invoices;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import com.printdesk.shared.AppUrl;

/**
 * An invoice as the client API shows it. Money is a decimal string with two decimals ("1234.50") in
 * {@code currency}, so no client parses money as a binary floating-point number.
 */
@Schema(name = "ClientInvoice", description = "One of the signed-in client's issued invoices")
public record ClientInvoiceJson(
        long id,
        @Schema(example = "INV-000123") String number,
        @Schema(description = "ISSUED, PARTIALLY_PAID, PAID, VOID, WRITTEN_OFF or REFUNDED", example = "ISSUED")
        String status,
        @Schema(description = "Issued or partly paid with the due date passed in the business time zone")
        boolean overdue,
        LocalDate issueDate,
        LocalDate dueDate,
        @Schema(description = "Total including GST, a decimal string", example = "1234.50") String total,
        @Schema(description = "What is still owed, a decimal string", example = "234.50") String balance,
        @Schema(example = "AUD") String currency,
        Links links) {

    public static final String CURRENCY = "AUD";

    public static ClientInvoiceJson of(InvoiceSummary invoice, AppUrl appUrl) {
        String page = "/portal/invoices/" + invoice.id();
        return new ClientInvoiceJson(invoice.id(), invoice.number(), invoice.status().name(), invoice.overdue(),
                invoice.issueDate(), invoice.dueDate(), invoice.total().plain(), invoice.balance().plain(), CURRENCY,
                new Links(appUrl.link(page), appUrl.link(page + "/pdf")));
    }

    @Schema(name = "ClientInvoiceLinks")
    public record Links(
            @Schema(description = "The invoice in the client portal (pay it there)") String html,
            @Schema(description = "Downloads the tax invoice PDF (a redirect to a 5-minute link)") String pdf) {
    }
}
