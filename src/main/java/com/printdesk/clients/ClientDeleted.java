package com.printdesk.clients;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;
import com.printdesk.shared.Actors;

/** A client that nothing referred to was deleted for good; the summary keeps its name for the log. */
public record ClientDeleted(UUID eventId, String actor, long clientId, String summary, Instant occurredAt)
        implements ActivityEvent {

    static ClientDeleted of(ClientSummary client, Instant now) {
        return new ClientDeleted(UUID.randomUUID(), Actors.current(), client.id(),
                "Client " + client.displayName() + " deleted", now);
    }

    @Override
    public String action() {
        return "deleted";
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
