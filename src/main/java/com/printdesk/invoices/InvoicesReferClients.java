package com.printdesk.invoices;

import org.springframework.stereotype.Component;

import com.printdesk.clients.ClientReferences;

/** A client with invoices is archived, never deleted. */
@Component
class InvoicesReferClients implements ClientReferences {

    private final InvoiceRepository invoices;

    InvoicesReferClients(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @Override
    public boolean isReferenced(long clientId) {
        return invoices.existsByClientId(clientId);
    }
}
