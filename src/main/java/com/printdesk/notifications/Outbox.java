package com.printdesk.notifications;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications module's API: puts an email in the outbox, in the caller's transaction, so the
 * email exists exactly when the change that causes it commits. The task {@code send-outbox} sends it.
 */
@Service
public class Outbox {

    private final OutboxRows rows;
    private final Clock clock;

    Outbox(OutboxRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** The new email's ID, or empty when an email with the same cause is already in the outbox. */
    @Transactional
    public Optional<Long> enqueue(Email email) {
        return rows.insert(email, clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEmail> byCause(String causeKey) {
        return rows.findByCause(causeKey);
    }
}
