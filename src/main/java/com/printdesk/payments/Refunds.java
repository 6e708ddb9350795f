package com.printdesk.payments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.Actors;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;
import com.printdesk.shared.NotFound;

/**
 * Money given back against a payment: never more than what is left of it. Each refund and its
 * {@link RefundRecorded} event are written in one transaction; the payable's module turns the event
 * into an adjustment note, once per refund.
 */
@Service
public class Refunds {

    private static final RowMapper<RefundView> VIEW = (rs, n) -> new RefundView(rs.getLong("id"),
            rs.getLong("payment_id"), new Payable(Payable.PayableType.valueOf(rs.getString("payable_type")),
                    rs.getLong("payable_id")), Money.ofCents(rs.getLong("amount_cents")), rs.getString("reason"),
            rs.getString("processor_refund_id"), rs.getString("status"), rs.getString("recorded_by"),
            rs.getTimestamp("created_at").toInstant());
    private static final String SELECT = """
            SELECT r.*, p.payable_type, p.payable_id FROM refunds r JOIN payments p ON p.id = r.payment_id
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Refunds(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A refund made outside Stripe (bank transfer back, cash). Runs in the payable's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RefundView recordManual(long paymentId, Money amount, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("Give a reason for the refund; it is printed on the adjustment note");
        }
        if (amount == null || !amount.isPositive()) {
            throw new BusinessRuleViolation("A refund is more than $0.00");
        }
        // lock the payment so two refunds of it cannot both pass the check
        String status = jdbc.sql("SELECT status FROM payments WHERE id = ? FOR UPDATE").param(paymentId)
                .query(String.class).optional().orElseThrow(() -> new NotFound("Payment"));
        if (!"RECORDED".equals(status)) {
            throw new BusinessRuleViolation("A deleted payment cannot be refunded");
        }
        Money left = refundable(paymentId);
        if (amount.compareTo(left) > 0) {
            throw new BusinessRuleViolation("At most " + left + " of this payment can still be refunded");
        }
        long id = jdbc.sql("""
                INSERT INTO refunds (payment_id, amount_cents, reason, status, recorded_by, created_at)
                VALUES (?, ?, ?, 'SUCCEEDED', ?, ?) RETURNING id
                """).params(paymentId, amount.cents(), reason.strip(), Actors.current(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        RefundView refund = find(id);
        events.publishEvent(new RefundRecorded(UUID.randomUUID(), Actors.current(), id, paymentId, refund.payable(),
                amount, reason.strip(), "Refund of " + amount + ": " + reason.strip(), clock.instant()));
        return refund;
    }

    /** What is left of a payment after its refunds (pending ones count, failed ones do not). */
    @Transactional(readOnly = true)
    public Money refundable(long paymentId) {
        long paid = jdbc.sql("SELECT amount_cents FROM payments WHERE id = ?").param(paymentId).query(Long.class)
                .optional().orElseThrow(() -> new NotFound("Payment"));
        long refunded = jdbc.sql("SELECT coalesce(sum(amount_cents), 0) FROM refunds WHERE payment_id = ? AND status <> 'FAILED'")
                .param(paymentId).query(Long.class).single();
        return Money.ofCents(paid - refunded);
    }

    @Transactional(readOnly = true)
    public RefundView find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(VIEW).optional()
                .orElseThrow(() -> new NotFound("Refund"));
    }

    @Transactional(readOnly = true)
    public List<RefundView> forPayable(Payable payable) {
        return jdbc.sql(SELECT + " WHERE p.payable_type = ? AND p.payable_id = ? ORDER BY r.created_at, r.id")
                .params(payable.type().name(), payable.id()).query(VIEW).list();
    }

    /** Money went back to the customer for a payable; its module issues an adjustment note, once per refund. */
    public record RefundRecorded(UUID eventId, String actor, long refundId, long paymentId, Payable payable,
            Money amount, String reason, String summary, Instant occurredAt) implements PaymentEvents.PayableActivity {

        @Override
        public String action() {
            return "refunded";
        }

    }
}
