package com.printdesk.messaging;

import java.time.Instant;

/** A row of an inbox, with how many of the other side's messages the viewer has not read yet. */
public record ConversationSummary(long id, long clientId, String clientName, String subject, RelatedRecord related,
        Instant lastMessageAt, String preview, boolean lastFromClient, long unread) {

    public boolean isUnread() {
        return unread > 0;
    }
}
