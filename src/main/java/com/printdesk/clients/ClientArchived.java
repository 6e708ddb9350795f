package com.printdesk.clients;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;
import com.printdesk.shared.Actors;

/** A client was archived: hidden from the client list, its records kept. */
public record ClientArchived(UUID eventId, String actor, long clientId, String summary, Instant occurredAt)
        implements ActivityEvent {

    static ClientArchived of(ClientSummary client, Instant now) {
        return new ClientArchived(UUID.randomUUID(), Actors.current(), client.id(),
                "Client " + client.displayName() + " archived", now);
    }

    @Override
    public String action() {
        return "archived";
    }

    @Override
    public String entityType() {
        return "client";
    }

    @Override
    public long entityId() {
        return clientId;
    }
}
