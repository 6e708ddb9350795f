package com.printdesk.payments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.payments.CheckoutSession.Status;
import com.printdesk.shared.Money;

/**
 * The {@code checkout_sessions} table. The writes of {@link CheckoutSessions} commit on their own
 * ({@code REQUIRES_NEW}) even inside a caller's transaction: a generation's parameters must be stored
 * before Stripe is called, and what Stripe created must be remembered even if the caller rolls back.
 */
@Repository
class CheckoutSessionRows {

    private static final RowMapper<CheckoutSession> ROW = (rs, n) -> new CheckoutSession(
            new Payable(Payable.PayableType.valueOf(rs.getString("payable_type")), rs.getLong("payable_id")),
            rs.getInt("generation"), rs.getString("stripe_session_id"), rs.getString("url"),
            Money.ofCents(rs.getLong("amount_cents")), rs.getString("currency"), Status.valueOf(rs.getString("status")),
            rs.getTimestamp("expires_at").toInstant());

    private final JdbcClient jdbc;

    CheckoutSessionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CheckoutSession> newest(Payable payable) {
        return jdbc.sql("""
                SELECT * FROM checkout_sessions WHERE payable_type = ? AND payable_id = ?
                ORDER BY generation DESC LIMIT 1
                """).params(payable.type().name(), payable.id()).query(ROW).optional();
    }

    List<CheckoutSession> open(Payable payable) {
        return jdbc.sql("""
                SELECT * FROM checkout_sessions WHERE payable_type = ? AND payable_id = ? AND status = 'OPEN'
                ORDER BY generation
                """).params(payable.type().name(), payable.id()).query(ROW).list();
    }

    Optional<CheckoutSession> bySessionId(String sessionId) {
        return jdbc.sql("SELECT * FROM checkout_sessions WHERE stripe_session_id = ?").param(sessionId).query(ROW)
                .optional();
    }

    /** Stores a generation before Stripe hears of it; empty when a concurrent call took the generation. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<CheckoutSession> insertPending(Payable payable, int generation, Money amount, String currency,
            Instant expiresAt, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO checkout_sessions (payable_type, payable_id, generation, amount_cents, currency, status,
                                               expires_at, created_at)
                VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)
                ON CONFLICT (payable_type, payable_id, generation) DO NOTHING
                """).params(payable.type().name(), payable.id(), generation, amount.cents(), currency,
                Timestamp.from(expiresAt), Timestamp.from(now)).update();
        return inserted == 0 ? Optional.empty()
                : Optional.of(new CheckoutSession(payable, generation, null, null, amount, currency, Status.OPEN,
                        expiresAt));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public CheckoutSession attach(CheckoutSession row, String sessionId, String url) {
        jdbc.sql("""
                UPDATE checkout_sessions SET stripe_session_id = ?, url = ?
                WHERE payable_type = ? AND payable_id = ? AND generation = ?
                """).params(sessionId, url, row.payable().type().name(), row.payable().id(), row.generation()).update();
        return new CheckoutSession(row.payable(), row.generation(), sessionId, url, row.amount(), row.currency(),
                row.status(), row.expiresAt());
    }

    /** Closes an open generation; a webhook that got there first wins. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public CheckoutSession closeIfOpen(CheckoutSession row, Status status) {
        jdbc.sql("""
                UPDATE checkout_sessions SET status = ?
                WHERE payable_type = ? AND payable_id = ? AND generation = ? AND status = 'OPEN'
                """).params(status.name(), row.payable().type().name(), row.payable().id(), row.generation()).update();
        return row.withStatus(status);
    }

    /**
     * From the webhook, in its transaction: a completed session can never be open or expired again.
     * Returns the stored session (now COMPLETE), or empty when it is not one of ours.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CheckoutSession> markComplete(String sessionId) {
        return jdbc.sql("UPDATE checkout_sessions SET status = 'COMPLETE' WHERE stripe_session_id = ? RETURNING *")
                .param(sessionId).query(ROW).optional();
    }

    /** From the webhook, in its transaction: only an open session expires (events may arrive out of order). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markExpired(String sessionId) {
        jdbc.sql("UPDATE checkout_sessions SET status = 'EXPIRED' WHERE stripe_session_id = ? AND status = 'OPEN'")
                .param(sessionId).update();
    }
}
