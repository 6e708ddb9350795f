package com.printdesk.accounts;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;

/** An administrator gave a client a portal user (without a password; the client sets it from the link). */
public record PortalAccessInvited(UUID eventId, String actor, long clientId, long userId, String email,
        String summary, Instant occurredAt) implements ActivityEvent {

    @Override
    public String action() {
        return "invited";
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
