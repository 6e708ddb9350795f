package com.printdesk.payments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.Money;

/** Failed payment attempts as Stripe reported them, for the admin's Payments page; one row per event. */
@Component
class PaymentFailures {

    private static final RowMapper<PaymentFailureView> VIEW = (rs, n) -> new PaymentFailureView(rs.getLong("id"),
            rs.getString("stripe_object_id"),
            rs.getString("payable_type") == null ? null
                    : new Payable(Payable.PayableType.valueOf(rs.getString("payable_type")), rs.getLong("payable_id")),
            rs.getObject("amount_cents") == null ? null : Money.ofCents(rs.getLong("amount_cents")),
            rs.getString("reason"), rs.getTimestamp("failed_at").toInstant());

    private final JdbcClient jdbc;

    PaymentFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the webhook's transaction, which has claimed the event: a redelivery never gets here. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(String eventId, String stripeObjectId, Payable payable, Long cents, String currency, String reason,
            Instant failedAt) {
        jdbc.sql("""
                INSERT INTO payment_failures (stripe_event_id, stripe_object_id, payable_type, payable_id, amount_cents,
                                              currency, reason, failed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stripe_event_id) DO NOTHING
                """).params(eventId, stripeObjectId, payable == null ? null : payable.type().name(),
                        payable == null ? null : payable.id(), cents, currency, reason, Timestamp.from(failedAt))
                .update();
    }

    @Transactional(readOnly = true)
    List<PaymentFailureView> recent(int limit) {
        return jdbc.sql("SELECT * FROM payment_failures ORDER BY failed_at DESC, id DESC LIMIT ?").param(limit)
                .query(VIEW).list();
    }

    /** {@code payable} is null when Stripe's objects named none of ours; {@code amount} when Stripe gave none. */
    record PaymentFailureView(long id, String stripeObjectId, Payable payable, Money amount, String reason,
            Instant failedAt) {
    }
}
