package com.printdesk.clients;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;
import com.printdesk.shared.Actors;

/** A client was added, by an administrator or by self-registration. */
public record ClientCreated(UUID eventId, String actor, long clientId, String summary, Instant occurredAt)
        implements ActivityEvent {

    static ClientCreated of(ClientSummary client, Instant now) {
        return new ClientCreated(UUID.randomUUID(), Actors.current(), client.id(),
                "Client " + client.displayName() + " created", now);
    }

    @Override
    public String action() {
        return "created";
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
