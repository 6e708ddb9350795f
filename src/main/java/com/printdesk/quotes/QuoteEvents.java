package com.printdesk.quotes;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;

/** What happens to quotes. */
public final class QuoteEvents {

    private QuoteEvents() {
    }

    /** A quote was created, edited, sent, accepted, declined, duplicated, converted or deleted ({@link #action()}). */
    public record QuoteChanged(UUID eventId, String actor, String action, long quoteId, long clientId, String summary,
            Instant occurredAt) implements ActivityEvent {

        @Override
        public String entityType() {
            return "quote";
        }

        @Override
        public long entityId() {
            return quoteId;
        }
    }

    /** The client accepted a quote: the bureau may convert it and start work. */
    public record QuoteAccepted(UUID eventId, long quoteId, long clientId, String number, Instant occurredAt) {
    }

    /** A quote became an invoice. */
    public record QuoteConverted(UUID eventId, long quoteId, long invoiceId, Instant occurredAt) {
    }
}
