package com.printdesk.payments;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.payments.PaymentEvents.PaymentDeleted;
import com.printdesk.payments.PaymentEvents.PaymentRecorded;
import com.printdesk.shared.Actors;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;
import com.printdesk.shared.NotFound;

/**
 * The payments module's API. A payment row and its {@link PaymentRecorded} event are written in one
 * transaction; processor payments are upserted by (processor, processor ID), so the webhook, the
 * success page and reconciliation converge on one row.
 */
@Service
public class Payments {

    static final String STRIPE = "stripe";
    static final RowMapper<PaymentView> VIEW = (rs, n) -> new PaymentView(rs.getLong("id"),
            new Payable(Payable.PayableType.valueOf(rs.getString("payable_type")), rs.getLong("payable_id")),
            PaymentMethod.valueOf(rs.getString("method")), Money.ofCents(rs.getLong("amount_cents")),
            rs.getDate("paid_on").toLocalDate(), rs.getString("reference"), rs.getString("note"),
            rs.getString("processor_id"), "DELETED".equals(rs.getString("status")), rs.getString("deleted_reason"),
            rs.getBoolean("flagged"), rs.getString("flag_reason"), rs.getString("recorded_by"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Payments(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a payment entered by an admin. Runs in the caller's transaction: the payable's module
     * locks its row, checks the amount against its balance and applies the payment in the same one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PaymentView recordManual(Payable payable, ManualPayment payment) {
        long id = jdbc.sql("""
                INSERT INTO payments (payable_type, payable_id, method, amount_cents, paid_on, reference, note,
                                      status, recorded_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?, ?) RETURNING id
                """)
                .params(payable.type().name(), payable.id(), payment.method().name(), payment.amount().cents(),
                        Date.valueOf(payment.paidOn()), blankToNull(payment.reference()), blankToNull(payment.note()),
                        Actors.current(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        PaymentView view = find(id).orElseThrow();
        events.publishEvent(new PaymentRecorded(UUID.randomUUID(), Actors.current(), id, payable, payment.amount(),
                payment.method(), false, payment.method().label() + " payment of " + payment.amount() + " recorded",
                clock.instant()));
        return view;
    }

    /**
     * Records money a processor took, once per processor payment ID: a second call with the same
     * ID returns the existing row and publishes nothing. Unexpected money is recorded and flagged.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public PaymentView recordFromProcessor(Payable payable, String processorPaymentId, Money amount,
            java.time.LocalDate paidOn, String flagReason) {
        Optional<PaymentView> inserted = jdbc.sql("""
                INSERT INTO payments (payable_type, payable_id, method, amount_cents, paid_on, processor, processor_id,
                                      status, flagged, flag_reason, recorded_by, created_at)
                VALUES (?, ?, 'STRIPE', ?, ?, ?, ?, 'RECORDED', ?, ?, ?, ?)
                ON CONFLICT (processor, processor_id) DO NOTHING RETURNING *
                """)
                .params(payable.type().name(), payable.id(), amount.cents(), Date.valueOf(paidOn), STRIPE,
                        processorPaymentId, flagReason != null, flagReason, Actors.SYSTEM,
                        Timestamp.from(clock.instant()))
                .query(VIEW).optional();
        if (inserted.isEmpty()) {
            return byProcessorId(processorPaymentId).orElseThrow();
        }
        events.publishEvent(new PaymentRecorded(UUID.randomUUID(), Actors.SYSTEM, inserted.get().id(), payable, amount,
                PaymentMethod.STRIPE, flagReason != null, "Stripe payment of " + amount + " received"
                        + (flagReason != null ? " (flagged: " + flagReason + ")" : ""), clock.instant()));
        return inserted.get();
    }

    /** Deletes a payment entered by hand, with a reason; Stripe payments are refunded instead. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PaymentView deleteManual(long paymentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("Give a reason for deleting the payment");
        }
        PaymentView payment = find(paymentId).orElseThrow(() -> new NotFound("Payment"));
        if (payment.processorId() != null) {
            throw new BusinessRuleViolation("A payment taken through Stripe Checkout is refunded, not deleted");
        }
        int changed = jdbc.sql("UPDATE payments SET status = 'DELETED', deleted_reason = ? WHERE id = ? AND status = 'RECORDED'")
                .params(reason.strip(), paymentId).update();
        if (changed == 0) {
            throw new BusinessRuleViolation("This payment was already deleted");
        }
        events.publishEvent(new PaymentDeleted(UUID.randomUUID(), Actors.current(), paymentId, payment.payable(),
                payment.amount(), reason.strip(), payment.method().label() + " payment of " + payment.amount()
                        + " deleted: " + reason.strip(), clock.instant()));
        return find(paymentId).orElseThrow();
    }

    /** Marks a payment for an admin's review (money that arrived where none was expected); the first reason stays. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void flag(long paymentId, String reason) {
        jdbc.sql("UPDATE payments SET flagged = TRUE, flag_reason = coalesce(flag_reason, ?) WHERE id = ?")
                .params(reason, paymentId).update();
    }

    /**
     * Moves a payment from one payable to another: a shop order is paid as a checkout attempt and becomes
     * an invoice, whose page then refunds it and whose jobs a dispute holds (refunds and disputes follow the
     * payment's payable). Runs in the receiving module's transaction, which applies the payment there; no
     * {@link PaymentRecorded} is published again, so nothing applies it twice. A payment already on
     * {@code to} is left alone (a retry).
     *
     * @throws IllegalStateException when the payment is on neither payable
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PaymentView reassign(long paymentId, Payable from, Payable to) {
        int moved = jdbc.sql("""
                UPDATE payments SET payable_type = ?, payable_id = ?
                WHERE id = ? AND payable_type = ? AND payable_id = ?
                """).params(to.type().name(), to.id(), paymentId, from.type().name(), from.id()).update();
        PaymentView payment = find(paymentId).orElseThrow(() -> new NotFound("Payment"));
        if (moved == 0 && !payment.payable().equals(to)) {
            throw new IllegalStateException("Payment " + paymentId + " pays " + payment.payable() + ", not " + from);
        }
        return payment;
    }

    @Transactional(readOnly = true)
    public Optional<PaymentView> find(long id) {
        return jdbc.sql("SELECT * FROM payments WHERE id = ?").param(id).query(VIEW).optional();
    }

    @Transactional(readOnly = true)
    public Optional<PaymentView> byProcessorId(String processorPaymentId) {
        return jdbc.sql("SELECT * FROM payments WHERE processor = ? AND processor_id = ?")
                .params(STRIPE, processorPaymentId).query(VIEW).optional();
    }

    @Transactional(readOnly = true)
    public List<PaymentView> forPayable(Payable payable) {
        return jdbc.sql("SELECT * FROM payments WHERE payable_type = ? AND payable_id = ? ORDER BY created_at, id")
                .params(payable.type().name(), payable.id()).query(VIEW).list();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
