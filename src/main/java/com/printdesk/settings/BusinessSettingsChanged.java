package com.printdesk.settings;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;

/** The business settings were saved (logo and numbering included); caches of them are stale. */
public record BusinessSettingsChanged(UUID eventId, String actor, String summary, long version, Instant occurredAt)
        implements ActivityEvent {

    @Override
    public String action() {
        return "changed";
    }

    @Override
    public String entityType() {
        return "settings";
    }

    @Override
    public long entityId() {
        return 0;
    }
}
