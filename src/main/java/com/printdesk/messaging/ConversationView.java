package com.printdesk.messaging;

import java.time.Instant;

/** A conversation's header: whose it is, what about, when it last moved. */
public record ConversationView(long id, long clientId, String clientName, String subject, RelatedRecord related,
        Instant createdAt, Instant lastMessageAt) {
}
