package com.printdesk.messaging;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;

/**
 * A message was written in a conversation (the first one starts it). For the activity log and, later,
 * for notifications to mail the other side; the body stays in this module, listeners read it by ID.
 */
public record MessagePosted(UUID eventId, String actor, long conversationId, long messageId, long clientId,
        boolean fromClient, boolean startedConversation, String summary, Instant occurredAt)
        implements ActivityEvent {

    @Override
    public String action() {
        return startedConversation ? "started conversation" : "wrote";
    }

    @Override
    public String entityType() {
        return "conversation";
    }

    @Override
    public long entityId() {
        return conversationId;
    }
}
