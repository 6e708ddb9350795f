package com.printdesk.notifications;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox mail, one row per transaction: the row is claimed {@code FOR UPDATE SKIP LOCKED}, sent,
 * and marked SENT in the same transaction, so two instances never send one mail. A failed attempt waits
 * (doubling backoff) and after the last attempt the mail is FAILED. If SMTP accepts a mail and the commit
 * then fails, the mail goes again: delivery is at least once, never lost.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutboxRows rows;
    private final MailRenderer renderer;
    private final MailTransport transport;
    private final MailOptionsSource options;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(OutboxRows rows, MailRenderer renderer, MailTransport transport, MailOptionsSource options,
            MailProperties properties, TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.renderer = renderer;
        this.transport = transport;
        this.options = options;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends what is due now; the number of mails attempted. Without SMTP settings nothing leaves. */
    int sendDue() {
        if (!transport.configured()) {
            return 0;
        }
        int attempted = 0;
        while (attempted < BATCH && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
            attempted++;
        }
        return attempted;
    }

    private boolean sendNext() {
        Instant now = clock.instant();
        return rows.claimNextDue(now).map(email -> {
            try {
                transport.send(email, renderer.render(email.subject(), email.template(), email.model()),
                        options.current());
                rows.markSent(email, clock.instant());
            }
            catch (Exception ex) {
                failed(email, ex, now);
            }
            return true;
        }).orElse(false);
    }

    private void failed(OutboxEmail email, Exception ex, Instant now) {
        int attempts = email.attempts() + 1;
        boolean giveUp = attempts >= properties.maxAttempts();
        String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
        log.warn("Email {} to {} failed (attempt {} of {}): {}", email.id(), email.recipient(), attempts,
                properties.maxAttempts(), error);
        rows.markAttemptFailed(email, error.length() > 1000 ? error.substring(0, 1000) : error,
                now.plus(properties.backoffAfter(attempts)), giveUp);
    }
}
