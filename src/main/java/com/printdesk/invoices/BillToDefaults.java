package com.printdesk.invoices;

import org.springframework.stereotype.Component;

import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.NotFound;

/** What an invoice takes from its client: the buyer's details and the payment terms. */
@Component
public class BillToDefaults {

    private final Clients clients;

    BillToDefaults(Clients clients) {
        this.clients = clients;
    }

    /** The buyer as the client record describes them. */
    public DocumentDetails.BillTo of(long clientId) {
        ClientSummary client = client(clientId);
        return new DocumentDetails.BillTo(client.name(), client.company(), client.abn(), client.email(),
                client.billingAddress());
    }

    int paymentTermsDays(long clientId, int businessDefault) {
        Integer override = client(clientId).paymentTermsDays();
        return override != null ? override : businessDefault;
    }

    /** Locks the client against a concurrent delete and refuses an archived one. Call inside the creating transaction. */
    public void requireActiveClient(long clientId) {
        if (clients.lockForNewReference(clientId).archived()) {
            throw new BusinessRuleViolation("This client is archived; restore the client first");
        }
    }

    /**
     * Locks the client against a concurrent delete without refusing an archived one: money already
     * taken (a paid shop order) gets its invoice whatever the client's state.
     */
    void lockExistingClient(long clientId) {
        clients.lockForNewReference(clientId);
    }

    private ClientSummary client(long clientId) {
        return clients.find(clientId).orElseThrow(() -> new NotFound("Client"));
    }
}
