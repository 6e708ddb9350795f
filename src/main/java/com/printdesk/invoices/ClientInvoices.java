package com.printdesk.invoices;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's own issued invoices a page at a time, newest issue date first (drafts are the bureau's
 * business until issued). Every read is scoped by the client ID the caller was signed in as.
 */
@Service
public class ClientInvoices {

    private final InvoiceListQuery query;
    private final Invoices invoices;

    ClientInvoices(InvoiceListQuery query, Invoices invoices) {
        this.query = query;
        this.invoices = invoices;
    }

    @Transactional(readOnly = true)
    public Page<InvoiceSummary> page(long clientId, int page, int size) {
        LocalDate today = invoices.today();
        return query.issuedForClient(clientId, PageRequest.of(page, size)).map(row -> row.summary(today));
    }

    @Transactional(readOnly = true)
    public List<InvoiceSummary> recent(long clientId, int limit) {
        return page(clientId, 0, limit).getContent();
    }
}
