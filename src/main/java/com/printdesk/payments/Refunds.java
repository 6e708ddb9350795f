package com.printdesk.payments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;

import org.springframework.beans.factory.ObjectProvider;
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

    private static final String UPSERT_STRIPE_REFUND = "INSERT INTO refunds (payment_id, amount_cents, reason, "
            + "processor, processor_refund_id, status, recorded_by, created_at) VALUES (?, ?, ?, 'stripe', ?, ?, ?, ?) "
            + "ON CONFLICT (processor, processor_refund_id) DO NOTHING RETURNING id";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Payments payments;
    private final ObjectProvider<StripeClient> stripe;

    Refunds(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, Payments payments,
            ObjectProvider<StripeClient> stripe) {
        this.payments = payments;
        this.stripe = stripe;
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

    /**
     * Refunds a Stripe payment through the Refund API (idempotency key per payment and refund count, so
     * a retried click repeats the same request) and upserts the refund by its {@code re_} ID, exactly
     * as the {@code refund.*} webhooks do: whichever arrives first creates the row, the other finds it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RefundView refundThroughStripe(long paymentId, Money amount, String reason) {
        PaymentView payment = checkRefundable(paymentId, amount, reason);
        StripeClient client = stripe.getIfAvailable();
        if (client == null || payment.processorId() == null) {
            throw new BusinessRuleViolation("This payment was not taken through Stripe Checkout; record a manual refund");
        }
        long earlier = jdbc.sql("SELECT count(*) FROM refunds WHERE payment_id = ?").param(paymentId)
                .query(Long.class).single();
        Refund refund;
        try {
            refund = client.v1().refunds().create(RefundCreateParams.builder()
                    .setPaymentIntent(payment.processorId()).setAmount(amount.cents())
                    .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                    .putMetadata("reason_detail", reason.strip()).build(),
                    RequestOptions.builder().setIdempotencyKey("refund-" + paymentId + "-" + (earlier + 1)).build());
        }
        catch (StripeException ex) {
            throw new StripeUnavailable("Stripe did not take the refund: " + ex.getMessage(), ex);
        }
        return upsertFromStripe(refund, reason.strip());
    }

    /** A refund Stripe reports (API answer or webhook): one row per refund ID, its event published once. */
    @Transactional(propagation = Propagation.REQUIRED)
    public RefundView upsertFromStripe(Refund refund, String reason) {
        PaymentView payment = payments.byProcessorId(refund.getPaymentIntent())
                .orElseThrow(() -> new UnreadableStripeEvent("Refund " + refund.getId() + " is for PaymentIntent "
                        + refund.getPaymentIntent() + ", which has no payment here yet"));
        String status = switch (String.valueOf(refund.getStatus())) {
            case "succeeded" -> "SUCCEEDED";
            case "failed", "canceled" -> "FAILED";
            default -> "PENDING";
        };
        String why = reason != null ? reason : detail(refund);
        Optional<Long> inserted = jdbc.sql(UPSERT_STRIPE_REFUND)
                .params(payment.id(), refund.getAmount(), why, refund.getId(), status, Actors.current(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        if (inserted.isEmpty()) {
            jdbc.sql("UPDATE refunds SET status = ? WHERE processor = 'stripe' AND processor_refund_id = ?")
                    .params(status, refund.getId()).update();
            return jdbc.sql(SELECT + " WHERE r.processor = 'stripe' AND r.processor_refund_id = ?")
                    .param(refund.getId()).query(VIEW).single();
        }
        RefundView view = find(inserted.get());
        if (!"FAILED".equals(status)) {
            events.publishEvent(new RefundRecorded(UUID.randomUUID(), Actors.current(), view.id(), payment.id(),
                    payment.payable(), view.amount(), why, "Stripe refund of " + view.amount() + ": " + why,
                    clock.instant()));
        }
        return view;
    }

    private static String detail(Refund refund) {
        if (refund.getMetadata() != null && refund.getMetadata().get("reason_detail") != null) {
            return refund.getMetadata().get("reason_detail");
        }
        return "Refunded in Stripe (" + refund.getReason() + ")";
    }

    private PaymentView checkRefundable(long paymentId, Money amount, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("Give a reason for the refund; it is printed on the adjustment note");
        }
        if (amount == null || !amount.isPositive()) {
            throw new BusinessRuleViolation("A refund is more than $0.00");
        }
        // lock the payment so two refunds of it cannot both pass the check
        jdbc.sql("SELECT id FROM payments WHERE id = ? FOR UPDATE").param(paymentId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("Payment"));
        PaymentView payment = payments.find(paymentId).orElseThrow(() -> new NotFound("Payment"));
        if (payment.deleted()) {
            throw new BusinessRuleViolation("A deleted payment cannot be refunded");
        }
        Money left = refundable(paymentId);
        if (amount.compareTo(left) > 0) {
            throw new BusinessRuleViolation("At most " + left + " of this payment can still be refunded");
        }
        return payment;
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

    /** The newest refunds, for the admin Payments page. */
    @Transactional(readOnly = true)
    public List<RefundView> recent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY r.created_at DESC, r.id DESC LIMIT ?").param(limit).query(VIEW).list();
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
