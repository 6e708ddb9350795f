package com.printdesk.payments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.stripe.model.Dispute;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.Actors;
import com.printdesk.shared.Money;

/**
 * A customer disputed a Stripe payment: the payment is flagged for the admin and the payable's
 * module is told (its print jobs go on hold); when the dispute closes, the outcome is recorded.
 */
@Component
class StripeDisputes {

    private static final String UPSERT = """
            INSERT INTO disputes (stripe_dispute_id, payment_id, amount_cents, reason, status, opened_at, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stripe_dispute_id)""";

    private final Payments payments;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StripeDisputes(Payments payments, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.payments = payments;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    void opened(Dispute dispute) {
        PaymentView payment = paymentOf(dispute);
        // a closed event that came first keeps its outcome
        jdbc.sql(UPSERT + " DO NOTHING").params(dispute.getId(), payment.id(), dispute.getAmount(),
                String.valueOf(dispute.getReason()), String.valueOf(dispute.getStatus()), openedAt(dispute), null).update();
        String reason = "Disputed by the customer (" + dispute.getReason() + "), " + Money.ofCents(dispute.getAmount())
                + "; respond in Stripe before the deadline";
        flag(payment, reason);
        events.publishEvent(new PaymentEvents.DisputeOpened(UUID.randomUUID(), Actors.SYSTEM, payment.payable(), payment.id(),
                Money.ofCents(dispute.getAmount()), String.valueOf(dispute.getReason()), reason, clock.instant()));
    }

    void closed(Dispute dispute) {
        PaymentView payment = paymentOf(dispute);
        jdbc.sql(UPSERT + " DO UPDATE SET status = EXCLUDED.status, closed_at = EXCLUDED.closed_at")
                .params(dispute.getId(), payment.id(), dispute.getAmount(), String.valueOf(dispute.getReason()),
                        String.valueOf(dispute.getStatus()), openedAt(dispute), Timestamp.from(clock.instant()))
                .update();
        String outcome = "Dispute closed: " + dispute.getStatus();
        flag(payment, outcome);
        events.publishEvent(new PaymentEvents.DisputeClosed(UUID.randomUUID(), Actors.SYSTEM, payment.payable(), payment.id(),
                String.valueOf(dispute.getStatus()), outcome, clock.instant()));
    }

    /** The newest disputes, for the admin Payments page. */
    @Transactional(readOnly = true)
    List<DisputeView> recent(int limit) {
        return jdbc.sql("""
                SELECT d.*, p.payable_type, p.payable_id FROM disputes d JOIN payments p ON p.id = d.payment_id
                ORDER BY d.opened_at DESC, d.id DESC LIMIT ?
                """).param(limit).query((rs, n) -> new DisputeView(rs.getString("stripe_dispute_id"),
                        rs.getLong("payment_id"), new Payable(Payable.PayableType.valueOf(rs.getString("payable_type")),
                                rs.getLong("payable_id")), Money.ofCents(rs.getLong("amount_cents")),
                        rs.getString("reason"), rs.getString("status"), rs.getTimestamp("opened_at").toInstant(),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant()))
                .list();
    }

    private Timestamp openedAt(Dispute dispute) {
        return Timestamp.from(dispute.getCreated() != null ? Instant.ofEpochSecond(dispute.getCreated()) : clock.instant());
    }

    /** A dispute as the admin sees it; {@code status} is Stripe's (needs_response, won, lost, …). */
    record DisputeView(String stripeDisputeId, long paymentId, Payable payable, Money amount, String reason,
            String status, Instant openedAt, Instant closedAt) {

        public boolean open() {
            return closedAt == null;
        }
    }

    private PaymentView paymentOf(Dispute dispute) {
        return payments.byProcessorId(dispute.getPaymentIntent())
                .orElseThrow(() -> new UnreadableStripeEvent("Dispute " + dispute.getId() + " is for PaymentIntent "
                        + dispute.getPaymentIntent() + ", which has no payment here yet"));
    }

    private void flag(PaymentView payment, String reason) {
        jdbc.sql("UPDATE payments SET flagged = TRUE, flag_reason = ? WHERE id = ?").params(reason, payment.id()).update();
    }
}
