package com.printdesk.payments;

import java.time.Clock;
import java.util.UUID;

import com.stripe.model.Dispute;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.printdesk.shared.Actors;
import com.printdesk.shared.Money;

/**
 * A customer disputed a Stripe payment: the payment is flagged for the admin and the payable's
 * module is told (its print jobs go on hold); when the dispute closes, the outcome is recorded.
 */
@Component
class StripeDisputes {

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
        String reason = "Disputed by the customer (" + dispute.getReason() + "), " + Money.ofCents(dispute.getAmount())
                + "; respond in Stripe before the deadline";
        flag(payment, reason);
        events.publishEvent(new PaymentEvents.DisputeOpened(UUID.randomUUID(), Actors.SYSTEM, payment.payable(), payment.id(),
                Money.ofCents(dispute.getAmount()), String.valueOf(dispute.getReason()), reason, clock.instant()));
    }

    void closed(Dispute dispute) {
        PaymentView payment = paymentOf(dispute);
        String outcome = "Dispute closed: " + dispute.getStatus();
        flag(payment, outcome);
        events.publishEvent(new PaymentEvents.DisputeClosed(UUID.randomUUID(), Actors.SYSTEM, payment.payable(), payment.id(),
                String.valueOf(dispute.getStatus()), outcome, clock.instant()));
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
