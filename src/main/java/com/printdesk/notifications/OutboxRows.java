package com.printdesk.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code outbox_emails} table. */
@Repository
class OutboxRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MODEL = new TypeReference<>() {
    };
    private static final TypeReference<List<Email.Attachment>> ATTACHMENTS = new TypeReference<>() {
    };

    static final RowMapper<OutboxEmail> ROW = (rs, n) -> new OutboxEmail(rs.getLong("id"), rs.getString("cause_key"),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("template"),
            JSON.readValue(rs.getString("model"), MODEL), JSON.readValue(rs.getString("attachments"), ATTACHMENTS),
            rs.getBoolean("sensitive"), EmailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
            rs.getString("last_error"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("related_type"),
            (Long) rs.getObject("related_id"), rs.getTimestamp("created_at").toInstant(),
            Optional.ofNullable(rs.getTimestamp("sent_at")).map(Timestamp::toInstant).orElse(null));

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the email unless one with its cause exists; the new row's ID, or empty for a repeat. */
    Optional<Long> insert(Email email, Instant now) {
        return jdbc.sql("""
                INSERT INTO outbox_emails (cause_key, recipient, subject, template, model, attachments, sensitive,
                                           status, next_attempt_at, related_type, related_id, created_at)
                VALUES (:cause, :recipient, :subject, :template, CAST(:model AS jsonb), CAST(:attachments AS jsonb),
                        :sensitive, 'QUEUED', :now, :relatedType, :relatedId, :now)
                ON CONFLICT (cause_key) DO NOTHING
                RETURNING id
                """)
                .param("cause", email.causeKey()).param("recipient", email.recipient())
                .param("subject", email.subject()).param("template", email.template())
                .param("model", JSON.writeValueAsString(email.model()))
                .param("attachments", JSON.writeValueAsString(email.attachments()))
                .param("sensitive", email.sensitive()).param("now", Timestamp.from(now))
                .param("relatedType", email.related() == null ? null : email.related().type())
                .param("relatedId", email.related() == null ? null : email.related().id())
                .query(Long.class).optional();
    }

    /**
     * The next due mail, row-locked for the caller's transaction; {@code SKIP LOCKED} so an instance never
     * waits for (or sends) the mail another instance is sending.
     */
    Optional<OutboxEmail> claimNextDue(Instant now) {
        return jdbc.sql("""
                SELECT * FROM outbox_emails
                WHERE status = 'QUEUED' AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """).param(Timestamp.from(now)).query(ROW).optional();
    }

    void markSent(OutboxEmail email, Instant now) {
        jdbc.sql("""
                UPDATE outbox_emails SET status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = NULL,
                       model = CASE WHEN sensitive THEN '{}'::jsonb ELSE model END
                WHERE id = ?
                """).params(Timestamp.from(now), email.id()).update();
    }

    void markAttemptFailed(OutboxEmail email, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.sql("""
                UPDATE outbox_emails SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                       status = CASE WHEN ? THEN 'FAILED' ELSE 'QUEUED' END
                WHERE id = ?
                """).params(error, Timestamp.from(nextAttempt), giveUp, email.id()).update();
    }

    /** Puts a sent or failed mail back in the queue, due now, with a fresh set of attempts. */
    boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                UPDATE outbox_emails SET status = 'QUEUED', attempts = 0, next_attempt_at = ?, last_error = NULL
                WHERE id = ? AND status <> 'QUEUED' AND NOT (sensitive AND status = 'SENT')
                """).params(Timestamp.from(now), id).update() == 1;
    }

    Optional<OutboxEmail> find(long id) {
        return jdbc.sql("SELECT * FROM outbox_emails WHERE id = ?").param(id).query(ROW).optional();
    }

    Optional<OutboxEmail> findByCause(String causeKey) {
        return jdbc.sql("SELECT * FROM outbox_emails WHERE cause_key = ?").param(causeKey).query(ROW).optional();
    }

    long countQueued() {
        return jdbc.sql("SELECT count(*) FROM outbox_emails WHERE status = 'QUEUED'").query(Long.class).single();
    }
}
