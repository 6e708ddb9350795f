package com.printdesk.clients;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;
import com.printdesk.shared.Actors;

/** An archived client was brought back to the client list. */
public record ClientUnarchived(UUID eventId, String actor, long clientId, String summary, Instant occurredAt)
        implements ActivityEvent {

    static ClientUnarchived of(ClientSummary client, Instant now) {
        return new ClientUnarchived(UUID.randomUUID(), Actors.current(), client.id(),
                "Client " + client.displayName() + " restored from the archive", now);
    }

    @Override
    public String action() {
        return "unarchived";
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
