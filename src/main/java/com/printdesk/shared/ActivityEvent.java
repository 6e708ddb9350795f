package com.printdesk.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * An event worth a line in the activity log. Modules publish their own past-tense events and let
 * them implement this; the {@code activity} module records each once (keyed by {@link #eventId()}).
 */
public interface ActivityEvent {

    /** Unique per occurrence; makes recording idempotent when an event is delivered again. */
    UUID eventId();

    /** Who did it: an email, or "system" for background work. */
    String actor();

    /** A verb in the past tense: "created", "issued", "voided". */
    String action();

    /** The kind of record: "client", "quote", "invoice", "settings". */
    String entityType();

    /** The record's ID, or 0 for singletons like settings. */
    long entityId();

    /** One line for people: "Invoice INV-000123 issued to Acme for $1,100.00". */
    String summary();

    Instant occurredAt();
}
