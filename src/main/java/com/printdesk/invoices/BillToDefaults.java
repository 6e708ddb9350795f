package com.printdesk.invoices;

import org.springframework.stereotype.Component;

import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.NotFound;

/** What an invoice takes from its client: the buyer's details and the payment terms. */
@Component
class BillToDefaults {

    private final Clients clients;

    BillToDefaults(Clients clients) {
        this.clients = clients;
    }

    DocumentDetails.BillTo of(long clientId) {
        ClientSummary client = client(clientId);
        return new DocumentDetails.BillTo(client.name(), client.company(), null, client.email(), null);
    }

    int paymentTermsDays(long clientId, int businessDefault) {
        return businessDefault;
    }

    void requireActiveClient(long clientId) {
        if (client(clientId).archived()) {
            throw new BusinessRuleViolation("This client is archived; restore the client before invoicing them");
        }
    }

    private ClientSummary client(long clientId) {
        return clients.find(clientId).orElseThrow(() -> new NotFound("Client"));
    }
}
