package com.printdesk.clients;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;
import com.printdesk.shared.Actors;

/** A client's details were changed, in the back office or by the client in the portal. */
public record ClientUpdated(UUID eventId, String actor, long clientId, String summary, Instant occurredAt)
        implements ActivityEvent {

    static ClientUpdated of(ClientSummary client, Instant now) {
        return new ClientUpdated(UUID.randomUUID(), Actors.current(), client.id(),
                "Client " + client.displayName() + " updated", now);
    }

    @Override
    public String action() {
        return "updated";
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
