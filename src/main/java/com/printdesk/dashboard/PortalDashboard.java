package com.printdesk.dashboard;

import org.springframework.stereotype.Component;

import com.printdesk.invoices.ClientInvoices;
import com.printdesk.invoices.InvoiceFigures;
import com.printdesk.invoices.InvoiceFigures.Receivables;
import com.printdesk.quotes.QuoteFigures;

/**
 * The client's dashboard figures, every query scoped by the client's ID. A new section (jobs in
 * progress) is one more query here and one more field in {@link PortalSummary}.
 */
@Component
class PortalDashboard {

    static final int RECENT_INVOICES = 5;
    static final int OPEN_QUOTES = 5;

    private final InvoiceFigures invoiceFigures;
    private final ClientInvoices invoices;
    private final QuoteFigures quotes;

    PortalDashboard(InvoiceFigures invoiceFigures, ClientInvoices invoices, QuoteFigures quotes) {
        this.invoiceFigures = invoiceFigures;
        this.invoices = invoices;
        this.quotes = quotes;
    }

    PortalSummary summary(long clientId) {
        Receivables balance = invoiceFigures.receivables(clientId);
        return new PortalSummary(balance, PortalSummary.payNowPath(balance), quotes.openForClient(clientId, OPEN_QUOTES),
                quotes.openCountForClient(clientId), invoices.recent(clientId, RECENT_INVOICES));
    }
}
