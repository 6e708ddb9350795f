package com.printdesk.notifications;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.shared.DocumentDetails;

/** Who a client's mail goes to: the email on the document when it has one, otherwise the client's. */
@Component
class Recipients {

    private final Clients clients;

    Recipients(Clients clients) {
        this.clients = clients;
    }

    Optional<Recipient> forDocument(long clientId, DocumentDetails details) {
        Optional<ClientSummary> client = clients.find(clientId);
        String email = hasText(details.billTo().email()) ? details.billTo().email()
                : client.map(ClientSummary::email).filter(Recipients::hasText).orElse(null);
        if (email == null) {
            return Optional.empty();
        }
        String name = hasText(details.billTo().name()) ? details.billTo().name()
                : client.map(ClientSummary::name).orElse("there");
        return Optional.of(new Recipient(email.trim(), name));
    }

    Optional<Recipient> forClient(long clientId) {
        return clients.find(clientId).filter(client -> hasText(client.email()))
                .map(client -> new Recipient(client.email().trim(), client.name()));
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    record Recipient(String email, String name) {
    }
}
