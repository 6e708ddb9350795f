package com.printdesk.payments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.payments.PaymentEvents.PaymentFailed;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Actors;
import com.printdesk.shared.Money;

/**
 * Applies one verified Stripe event. The event ID, its effect (payment, session status) and the module
 * events it publishes commit in one transaction, so a redelivery, even a concurrent one, changes nothing.
 */
@Service
class StripeWebhookHandler {

    enum Outcome {
        HANDLED, DUPLICATE, IGNORED
    }

    static final String COMPLETED = "checkout.session.completed";
    static final String ASYNC_SUCCEEDED = "checkout.session.async_payment_succeeded";
    static final String ASYNC_FAILED = "checkout.session.async_payment_failed";
    static final String EXPIRED = "checkout.session.expired";
    static final String INTENT_FAILED = "payment_intent.payment_failed";
    static final String REFUND_CREATED = "refund.created";
    static final String REFUND_UPDATED = "refund.updated";
    static final String REFUND_FAILED = "refund.failed";
    static final String DISPUTE_CREATED = "charge.dispute.created";
    static final String DISPUTE_CLOSED = "charge.dispute.closed";
    static final String CHARGE_REFUNDED = "charge.refunded";
    private static final Set<String> HANDLED = Set.of(COMPLETED, ASYNC_SUCCEEDED, ASYNC_FAILED, EXPIRED, INTENT_FAILED,
            REFUND_CREATED, REFUND_UPDATED, REFUND_FAILED, DISPUTE_CREATED, DISPUTE_CLOSED, CHARGE_REFUNDED);

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookHandler.class);

    private final JdbcClient jdbc;
    private final Payments payments;
    private final CheckoutSessionRows sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Refunds refunds;
    private final StripeDisputes disputes;
    private final StripeChargeRefunds chargeRefunds;
    private final PaymentFailures failures;
    // looked up when used: settings → storage → scheduler → reconciliation task → this handler is a cycle
    private final ObjectProvider<Settings> settings;

    StripeWebhookHandler(JdbcClient jdbc, Payments payments, Refunds refunds, StripeDisputes disputes,
            StripeChargeRefunds chargeRefunds, PaymentFailures failures, CheckoutSessionRows sessions,
            ApplicationEventPublisher events, Clock clock, ObjectProvider<Settings> settings) {
        this.chargeRefunds = chargeRefunds;
        this.failures = failures;
        this.settings = settings;
        this.refunds = refunds;
        this.disputes = disputes;
        this.jdbc = jdbc;
        this.payments = payments;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome handle(Event event) {
        if (!HANDLED.contains(event.getType())) {
            log.info("Stripe event {} of type {} needs nothing from us", event.getId(), event.getType());
            return Outcome.IGNORED;
        }
        // read before anything is written: an unreadable event must leave no trace, so its retry can succeed
        StripeObject object = event.getDataObjectDeserializer().getObject()
                .orElseThrow(() -> new UnreadableStripeEvent("Stripe event " + event.getId() + " (" + event.getType()
                        + ") has API version " + event.getApiVersion() + "; the webhook endpoint must be pinned to "
                        + com.stripe.Stripe.API_VERSION));
        if (!claim(event)) {
            log.info("Stripe event {} ({}) was already handled", event.getId(), event.getType());
            return Outcome.DUPLICATE;
        }
        switch (event.getType()) {
            case COMPLETED -> completed(event, as(Session.class, object, event));
            case ASYNC_SUCCEEDED -> paid(event, as(Session.class, object, event));
            case EXPIRED -> sessions.markExpired(as(Session.class, object, event).getId());
            case ASYNC_FAILED -> asyncFailed(event, as(Session.class, object, event));
            case INTENT_FAILED -> intentFailed(event, as(PaymentIntent.class, object, event));
            case REFUND_CREATED, REFUND_UPDATED, REFUND_FAILED ->
                    refunds.upsertFromStripe(as(com.stripe.model.Refund.class, object, event), null);
            case DISPUTE_CREATED -> disputes.opened(as(com.stripe.model.Dispute.class, object, event));
            case DISPUTE_CLOSED -> disputes.closed(as(com.stripe.model.Dispute.class, object, event));
            case CHARGE_REFUNDED -> chargeRefunds.refunded(as(com.stripe.model.Charge.class, object, event));
            default -> throw new IllegalStateException(event.getType());
        }
        return Outcome.HANDLED;
    }

    /** Inserts the event ID; false when another delivery of it committed (or is committing) first. */
    private boolean claim(Event event) {
        return jdbc.sql("INSERT INTO stripe_events (event_id, type, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(event.getId(), event.getType(), Timestamp.from(clock.instant())).update() == 1;
    }

    private void completed(Event event, Session session) {
        if ("paid".equals(session.getPaymentStatus())) {
            paid(event, session);
        }
        else {
            // a delayed method (BECS debit): the money arrives with async_payment_succeeded, or never
            sessions.markComplete(session.getId());
            log.info("Checkout session {} completed, payment {} pending", session.getId(), session.getPaymentStatus());
        }
    }

    private void paid(Event event, Session session) {
        recordPaidSession(session, businessDate(Instant.ofEpochSecond(event.getCreated())), "event " + event.getId());
    }

    /**
     * The payment date of Stripe money: the day it was taken in the business time zone, like the
     * date an admin enters for a bank transfer, so revenue by month counts it in the bureau's month.
     */
    LocalDate businessDate(Instant taken) {
        return LocalDate.ofInstant(taken, settings.getObject().current().timeZone());
    }

    /**
     * Records the money of a paid Checkout session: from a webhook, or from reconciliation when the
     * webhook never came. Both converge on the one payment row of the PaymentIntent.
     */
    void recordPaidSession(Session session, LocalDate paidOn, String source) {
        Optional<CheckoutSession> stored = sessions.markComplete(session.getId());
        Payable payable = payableOf(session.getMetadata()).or(() -> stored.map(CheckoutSession::payable))
                .orElseThrow(() -> new UnreadableStripeEvent("Stripe took money in Checkout session " + session.getId()
                        + " (" + source + ") that names no payable; record it by hand"));
        long cents = session.getAmountTotal() == null ? 0 : session.getAmountTotal();
        if (cents <= 0) {
            log.warn("Checkout session {} is paid with amount_total {}: nothing to record", session.getId(), cents);
            return;
        }
        Money received = Money.ofCents(cents);
        String paymentIntent = session.getPaymentIntent() != null ? session.getPaymentIntent() : session.getId();
        payments.recordFromProcessor(payable, paymentIntent, received, paidOn,
                flagReason(session, stored, received));
    }

    /** Why this money needs an admin's eye, or null: it is recorded either way, never dropped. */
    private static String flagReason(Session session, Optional<CheckoutSession> stored, Money received) {
        if (stored.isEmpty()) {
            return "No checkout session of ours is known for " + session.getId();
        }
        String currency = String.valueOf(session.getCurrency());
        if (!stored.get().currency().equalsIgnoreCase(currency)) {
            return "Currency differs from the checkout session: expected " + stored.get().currency().toUpperCase()
                    + ", received " + currency.toUpperCase();
        }
        if (!stored.get().amount().equals(received)) {
            return "Amount differs from the checkout session: expected " + stored.get().amount() + ", received "
                    + received;
        }
        return null;
    }

    private void asyncFailed(Event event, Session session) {
        Optional<CheckoutSession> stored = sessions.markComplete(session.getId());
        Optional<Payable> payable = payableOf(session.getMetadata()).or(() -> stored.map(CheckoutSession::payable));
        String reason = "The delayed payment of Checkout session " + session.getId() + " failed";
        failures.record(event.getId(), session.getId(), payable.orElse(null), session.getAmountTotal(),
                session.getCurrency(), reason, clock.instant());
        failed(payable, reason, session.getId());
    }

    private void intentFailed(Event event, PaymentIntent intent) {
        String reason = intent.getLastPaymentError() != null && intent.getLastPaymentError().getMessage() != null
                ? intent.getLastPaymentError().getMessage() : "The payment failed";
        failures.record(event.getId(), intent.getId(), payableOf(intent.getMetadata()).orElse(null), intent.getAmount(),
                intent.getCurrency(), reason, clock.instant());
        failed(payableOf(intent.getMetadata()), reason, intent.getId());
    }

    private void failed(Optional<Payable> payable, String reason, String stripeId) {
        if (payable.isEmpty()) {
            log.warn("Stripe payment failure on {} names no payable of ours: {}", stripeId, reason);
            return;
        }
        log.info("Stripe payment failed for {} ({}): {}", payable.get(), stripeId, reason);
        events.publishEvent(new PaymentFailed(UUID.randomUUID(), Actors.SYSTEM, payable.get(), reason,
                "Stripe payment failed: " + reason, clock.instant()));
    }

    /** {@code payable_type} and {@code payable_id}, which CheckoutSessions puts on every session and PaymentIntent. */
    static Optional<Payable> payableOf(Map<String, String> metadata) {
        if (metadata == null || metadata.get("payable_type") == null || metadata.get("payable_id") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Payable(Payable.PayableType.valueOf(metadata.get("payable_type")),
                    Long.parseLong(metadata.get("payable_id"))));
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private static <T> T as(Class<T> type, StripeObject object, Event event) {
        if (!type.isInstance(object)) {
            throw new UnreadableStripeEvent("Stripe event " + event.getId() + " (" + event.getType() + ") carries a "
                    + object.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(object);
    }
}
