package com.printdesk.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What a message may be, and how many a user may send per minute. */
@Component
class MessageRules {

    static final int MAX_LENGTH = 5_000;
    static final int MAX_SUBJECT_LENGTH = 200;
    static final int PER_MINUTE = 10;

    private final JdbcClient jdbc;
    private final Clock clock;

    MessageRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The body as stored: line breaks as {@code \n} (browsers send CRLF, which would count twice) and no
     * surrounding blank lines. Plain text; pages escape it.
     */
    static String body(String raw) {
        String body = raw == null ? "" : raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (body.isEmpty()) {
            throw new InvalidMessage("body", "Write a message before sending.");
        }
        int length = body.codePointCount(0, body.length());
        if (length > MAX_LENGTH || body.length() > MAX_LENGTH) {
            throw new InvalidMessage("body", "A message can be at most " + String.format("%,d", MAX_LENGTH)
                    + " characters; this one has " + String.format("%,d", length) + ".");
        }
        return body;
    }

    static String subject(String raw) {
        String subject = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (subject.isEmpty()) {
            throw new InvalidMessage("subject", "Give the conversation a subject.");
        }
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            throw new InvalidMessage("subject", "A subject can be at most " + MAX_SUBJECT_LENGTH + " characters.");
        }
        return subject;
    }

    /**
     * Refuses the user's next message when they sent {@link #PER_MINUTE} in the last minute. The per-user
     * advisory lock (held until the caller's transaction ends) makes concurrent sends on any instance
     * count one after the other, so two requests cannot both slip in as the tenth.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void checkRate(long userId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('messaging-rate:' || ?, 0))").param(userId)
                .query((rs, row) -> 1).list();
        long recent = jdbc.sql("SELECT count(*) FROM messages WHERE author_user_id = ? AND created_at > ?")
                .params(userId, Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))))
                .query(Long.class).single();
        if (recent >= PER_MINUTE) {
            throw new MessageRateLimited(PER_MINUTE);
        }
    }
}
