package com.printdesk.notifications;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;

/** What notifications tells the rest of the application. */
public final class NotificationEvents {

    private NotificationEvents() {
    }

    /** A document (quote, invoice) was emailed to the client: a line in its activity log. */
    public record DocumentEmailed(UUID eventId, String actor, String entityType, long entityId, long emailId,
            String recipient, String summary, Instant occurredAt) implements ActivityEvent {

        @Override
        public String action() {
            return "emailed";
        }
    }
}
