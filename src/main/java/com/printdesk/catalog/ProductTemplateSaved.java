package com.printdesk.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;
import com.printdesk.shared.Actors;

/**
 * A product template was created, changed, deactivated or reactivated. For the activity log;
 * {@code action} is "created", "updated", "deactivated" or "reactivated".
 */
public record ProductTemplateSaved(UUID eventId, String actor, String action, long entityId, String summary,
        Instant occurredAt) implements ActivityEvent {

    public static final String ENTITY_TYPE = "product template";

    static ProductTemplateSaved now(String action, long entityId, String summary, Clock clock) {
        return new ProductTemplateSaved(UUID.randomUUID(), Actors.current(), action, entityId, summary, clock.instant());
    }

    @Override
    public String entityType() {
        return ENTITY_TYPE;
    }
}
