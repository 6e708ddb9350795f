package com.printdesk.dashboard;

import java.util.List;

import com.printdesk.invoices.InvoiceFigures.Receivables;
import com.printdesk.invoices.InvoiceSummary;
import com.printdesk.quotes.QuoteSummary;

/**
 * What a client sees first, in the portal and from {@code /api/client/dashboard}: what they owe (with
 * where to pay it), the quotes waiting for their answer and their latest invoices.
 */
record PortalSummary(Receivables balance, String payNowPath, List<QuoteSummary> openQuotes, int openQuoteCount,
        List<InvoiceSummary> recentInvoices) {

    /** One unpaid invoice: its page; several: the list narrowed to unpaid ones; none: nothing to pay. */
    static String payNowPath(Receivables balance) {
        return switch (balance.outstandingCount()) {
            case 0 -> null;
            case 1 -> "/portal/invoices/" + balance.oldestInvoiceId();
            default -> "/portal/invoices?unpaid=true";
        };
    }
}
