package com.printdesk.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A row of the outbox as the sender and the admin pages read it. */
public record OutboxEmail(long id, String causeKey, String recipient, String subject, String template,
        Map<String, String> model, List<Email.Attachment> attachments, boolean sensitive, EmailStatus status,
        int attempts, String lastError, Instant nextAttemptAt, String relatedType, Long relatedId, Instant createdAt,
        Instant sentAt) {

    /** A secret-carrying mail that was sent has no model left to render or resend. */
    public boolean contentRemoved() {
        return sensitive && status == EmailStatus.SENT;
    }

    public boolean resendable() {
        return status != EmailStatus.QUEUED && !contentRemoved();
    }
}
