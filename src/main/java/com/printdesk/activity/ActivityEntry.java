package com.printdesk.activity;

import java.time.Instant;

/** One line of the activity log. */
public record ActivityEntry(long id, String actor, String action, String entityType, long entityId, String summary,
        Instant occurredAt) {
}
