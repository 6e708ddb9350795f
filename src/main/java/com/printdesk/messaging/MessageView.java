package com.printdesk.messaging;

import java.time.Instant;

/** One message as pages show it; {@code body} is plain text and must be escaped on output. */
public record MessageView(long id, String authorName, boolean fromClient, String body, Instant createdAt) {
}
