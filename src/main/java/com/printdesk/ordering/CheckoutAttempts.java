package com.printdesk.ordering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.printdesk.shared.Money;

/**
 * The {@code checkout_attempts} table and the uploads each attempt orders ({@code checkout_attempt_files}).
 * Status changes are conditional updates, so a redelivered event or a retried task changes nothing twice.
 */
@Repository
class CheckoutAttempts {

    /**
     * For the tmp cleaner's query over {@code tmp_files t}: true while a checkout attempt that orders the
     * upload is OPEN or PAID (waiting for payment or fulfilment) or still within its retention. Takes
     * {@code :now}.
     */
    static final String HELD_BY_ATTEMPT = """
            EXISTS (SELECT 1 FROM checkout_attempt_files f JOIN checkout_attempts a ON a.id = f.attempt_id
                    WHERE f.tmp_file_id = t.id AND (a.status IN ('OPEN', 'PAID') OR a.retain_until > :now))""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CheckoutAttempts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What a new attempt holds; the priced order already says what to charge. */
    record NewAttempt(long clientId, long userId, Contact contact, Delivery delivery, PricedOrder order,
            String currency, Instant expiresAt, Instant retainUntil, String fingerprint, Instant createdAt) {
    }

    long insert(NewAttempt attempt) {
        Delivery delivery = attempt.delivery();
        long id = jdbc.sql("""
                INSERT INTO checkout_attempts (client_id, user_id, contact_name, contact_email, contact_phone,
                    delivery_method, delivery_street, delivery_suburb, delivery_state, delivery_postcode, priced_order,
                    total_cents, currency, status, expires_at, retain_until, fingerprint, created_at)
                VALUES (:client, :user, :name, :email, :phone, :method, :street, :suburb, :state, :postcode,
                    CAST(:order AS jsonb), :total, :currency, 'OPEN', :expires, :retain, :fingerprint, :created)
                RETURNING id""")
                .param("client", attempt.clientId()).param("user", attempt.userId())
                .param("name", attempt.contact().name()).param("email", attempt.contact().email())
                .param("phone", attempt.contact().phone()).param("method", delivery.method().name())
                .param("street", delivery.street()).param("suburb", delivery.suburb())
                .param("state", delivery.state()).param("postcode", delivery.postcode())
                .param("order", json.writeValueAsString(attempt.order()))
                .param("total", attempt.order().totalCents()).param("currency", attempt.currency())
                .param("expires", Timestamp.from(attempt.expiresAt()))
                .param("retain", Timestamp.from(attempt.retainUntil()))
                .param("fingerprint", attempt.fingerprint()).param("created", Timestamp.from(attempt.createdAt()))
                .query(Long.class).single();
        attempt.order().items().stream().map(item -> item.choice().fileId()).distinct()
                .forEach(fileId -> jdbc.sql("INSERT INTO checkout_attempt_files (attempt_id, tmp_file_id) VALUES (?, ?)")
                        .params(id, fileId).update());
        return id;
    }

    /** The user's open attempt for the same order, if it can still be paid for a while; call with the user lock held. */
    Optional<Long> openWithFingerprint(long userId, String fingerprint, Instant payableUntil) {
        return jdbc.sql("""
                SELECT id FROM checkout_attempts
                WHERE user_id = ? AND fingerprint = ? AND status = 'OPEN' AND expires_at > ?
                ORDER BY id DESC LIMIT 1""")
                .params(userId, fingerprint, Timestamp.from(payableUntil)).query(Long.class).optional();
    }

    /** Serialises checkouts of one user (a double click), across instances, until the transaction ends. */
    void lockUser(long userId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('checkout-attempts'), CAST(? AS int))")
                .param((int) userId).query((rs, n) -> 1).list();
    }

    Optional<CheckoutAttempt> find(long id) {
        return jdbc.sql("SELECT * FROM checkout_attempts WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    Optional<CheckoutAttempt> findForClient(long id, long clientId) {
        return jdbc.sql("SELECT * FROM checkout_attempts WHERE id = ? AND client_id = ?").params(id, clientId)
                .query((rs, n) -> row(rs)).optional();
    }

    Optional<CheckoutAttempt> lock(long id) {
        return jdbc.sql("SELECT * FROM checkout_attempts WHERE id = ? FOR UPDATE").param(id)
                .query((rs, n) -> row(rs)).optional();
    }

    /** OPEN or EXPIRED → PAID with this payment; false when the attempt already has a payment. */
    boolean markPaid(long id, long paymentId, Instant now) {
        return jdbc.sql("""
                UPDATE checkout_attempts SET status = 'PAID', payment_id = ?, paid_at = ?, version = version + 1
                WHERE id = ? AND payment_id IS NULL""").params(paymentId, Timestamp.from(now), id).update() == 1;
    }

    void recordInvoice(long id, long invoiceId) {
        jdbc.sql("UPDATE checkout_attempts SET invoice_id = ?, version = version + 1 WHERE id = ? AND invoice_id IS NULL")
                .params(invoiceId, id).update();
    }

    void markFulfilled(long id, Instant now) {
        jdbc.sql("""
                UPDATE checkout_attempts SET status = 'FULFILLED', fulfilled_at = ?, version = version + 1
                WHERE id = ? AND status = 'PAID' AND invoice_id IS NOT NULL""").params(Timestamp.from(now), id).update();
    }

    /** Unpaid attempts past their expiry are EXPIRED (a payment arriving later still fulfils them). */
    int expireUnpaid(Instant now) {
        return jdbc.sql("""
                UPDATE checkout_attempts SET status = 'EXPIRED', version = version + 1
                WHERE status = 'OPEN' AND expires_at <= ?""").param(Timestamp.from(now)).update();
    }

    /** Whether an attempt still holds the upload (see {@link #HELD_BY_ATTEMPT}). */
    boolean holdsUpload(long tmpFileId, Instant now) {
        return jdbc.sql("SELECT " + HELD_BY_ATTEMPT + " FROM tmp_files t WHERE t.id = :id")
                .param("id", tmpFileId).param("now", Timestamp.from(now)).query(Boolean.class).optional()
                .orElse(false);
    }

    /**
     * Deletes attempts past their retention that are finished (FULFILLED) or were never paid (EXPIRED);
     * a PAID attempt whose order is not built yet is kept whatever its age.
     */
    int deletePastRetention(Instant now) {
        return jdbc.sql("""
                DELETE FROM checkout_attempts
                WHERE retain_until <= ? AND status IN ('FULFILLED', 'EXPIRED')""").param(Timestamp.from(now)).update();
    }

    /** The storage key of each of the user's uploads among {@code fileIds}. */
    Map<Long, String> tmpKeys(long userId, List<Long> fileIds) {
        return jdbc.sql("SELECT id, storage_key FROM tmp_files WHERE owner_user_id = :user AND id IN (:ids)")
                .param("user", userId).param("ids", fileIds)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("storage_key"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private CheckoutAttempt row(ResultSet rs) throws SQLException {
        Delivery delivery = new Delivery(DeliveryMethod.valueOf(rs.getString("delivery_method")),
                rs.getString("delivery_street"), rs.getString("delivery_suburb"), rs.getString("delivery_state"),
                rs.getString("delivery_postcode"));
        return new CheckoutAttempt(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("user_id"),
                new Contact(rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")),
                delivery, json.readValue(rs.getString("priced_order"), PricedOrder.class),
                Money.ofCents(rs.getLong("total_cents")), rs.getString("currency"),
                AttemptStatus.valueOf(rs.getString("status")), instant(rs, "expires_at"), instant(rs, "retain_until"),
                rs.getObject("payment_id", Long.class), rs.getObject("invoice_id", Long.class),
                instant(rs, "created_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
