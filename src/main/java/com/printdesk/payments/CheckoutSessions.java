package com.printdesk.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.stripe.StripeClient;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import com.printdesk.payments.CheckoutSession.Status;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;

/**
 * Stripe Checkout sessions for a payable: one open session per payable, reused while it is open and
 * its amount unchanged, otherwise expired at Stripe and replaced by a new generation. Each generation
 * is stored before Stripe is called and created with the idempotency key
 * {@code checkout-{payableType}-{payableId}-{generation}}, so a retry sends exactly the same request.
 *
 * <p>Not transactional: Stripe is never called while a database transaction is held open by us; the
 * rows commit on their own (see {@link CheckoutSessionRows}).
 */
@Service
public class CheckoutSessions {

    /** Stripe's minimum charge in AUD. */
    public static final Money STRIPE_MINIMUM = Money.ofCents(50);
    /** Stripe accepts expires_at 30 minutes to 24 hours ahead; we take the whole day. */
    static final Duration LIFETIME = Duration.ofHours(24);
    /** A session is handed out (or a stored generation retried) only with at least this much time left. */
    static final Duration SHORTEST_LIFETIME = Duration.ofMinutes(31);

    private static final Logger log = LoggerFactory.getLogger(CheckoutSessions.class);

    private final CheckoutSessionRows rows;
    private final ObjectProvider<StripeClient> stripe;
    private final StripeProperties properties;
    private final Clock clock;
    private final SchedulerClient scheduler;

    CheckoutSessions(CheckoutSessionRows rows, ObjectProvider<StripeClient> stripe, StripeProperties properties,
            Clock clock, SchedulerClient scheduler) {
        this.scheduler = scheduler;
        this.rows = rows;
        this.stripe = stripe;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether online payment is on (a secret key is configured); when not, hide "Pay now". */
    public boolean enabled() {
        return stripe.getIfAvailable() != null;
    }

    /** Whether Stripe accepts a charge of this amount; below it, hide "Pay now". */
    public static boolean payableOnline(Money amount) {
        return amount.compareTo(STRIPE_MINIMUM) >= 0;
    }

    /**
     * The open Checkout session for the payable at this amount: the current one while it is open, its
     * amount unchanged and not about to expire, otherwise a new generation (the old one expired at
     * Stripe first). {@code metadata} (e.g. {@code invoice_number}) goes on the session and its
     * PaymentIntent next to {@code payable_type} and {@code payable_id}. {@code STRIPE_SUCCESS_URL} and
     * {@code STRIPE_CANCEL_URL}, when set, replace the URLs given here.
     *
     * @throws BusinessRuleViolation when online payment is off or the amount is under Stripe's minimum
     * @throws StripeUnavailable when Stripe cannot be reached; calling again is safe
     */
    public CheckoutSession open(Payable payable, Money amount, String description, Map<String, String> metadata,
            String successUrl, String cancelUrl) {
        StripeClient client = requireClient();
        if (!payableOnline(amount)) {
            throw new BusinessRuleViolation("Stripe takes payments of " + STRIPE_MINIMUM + " or more; "
                    + amount + " has to be paid another way");
        }
        CheckoutSessionRequest request = CheckoutSessionRequest.of(properties, description, metadata, successUrl,
                cancelUrl);
        // a concurrent call for the same payable may take the next generation first: look again
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<CheckoutSession> newest = rows.newest(payable);
            if (newest.isPresent() && newest.get().isOpen()) {
                CheckoutSession current = resolvePending(client, newest.get(), request);
                if (current.isOpen() && reusable(current, amount)) {
                    return current;
                }
                if (current.isOpen()) {
                    current = expireAtStripe(client, current);
                }
                if (current.status() == Status.COMPLETE) {
                    throw new BusinessRuleViolation(
                            "A Stripe payment for this has just been completed; it shows here in a moment");
                }
            }
            int generation = newest.map(row -> row.generation() + 1).orElse(1);
            Instant now = clock.instant();
            Instant expiresAt = now.plus(LIFETIME).truncatedTo(ChronoUnit.SECONDS);
            Optional<CheckoutSession> pending = rows.insertPending(payable, generation, amount,
                    properties.currencyCode(), expiresAt, now);
            if (pending.isPresent()) {
                CheckoutSession created = create(client, pending.get(), request);
                if (created.isOpen()) {
                    return created;
                }
            }
        }
        throw new StripeUnavailable("Could not open a Checkout session for " + payable + "; try again", null);
    }

    /** Expires every open session of the payable (it was settled another way or voided). */
    public void expireOpen(Payable payable) {
        StripeClient client = stripe.getIfAvailable();
        for (CheckoutSession row : rows.open(payable)) {
            if (row.pending()) {
                // Stripe never confirmed this generation; if it exists there it expires by itself within a day
                rows.closeIfOpen(row, Status.EXPIRED);
            }
            else if (client == null) {
                log.warn("Checkout session {} of {} stays open: Stripe is not configured", row.sessionId(), payable);
            }
            else {
                expireAtStripe(client, row);
            }
        }
    }

    /**
     * Has {@link #expireOpen} run for the payable in the job runner, after the caller's transaction
     * commits (the task is scheduled in it) and retried while Stripe is unreachable.
     */
    public void expireOpenLater(Payable payable) {
        scheduler.scheduleIfNotExists(ExpireCheckoutSessionsTask.TASK.instance(payable.key()).data(payable.key())
                .scheduledTo(clock.instant()));
    }

    /** Whether a session of the payable is open here (or being opened): {@link #expireOpen} has work to do. */
    public boolean anyOpen(Payable payable) {
        return !rows.open(payable).isEmpty();
    }

    /** The stored session with this Stripe ID, if it is one of ours. */
    public Optional<CheckoutSession> bySessionId(String sessionId) {
        return rows.bySessionId(sessionId);
    }

    private boolean reusable(CheckoutSession row, Money amount) {
        return !row.pending() && row.amount().equals(amount) && row.currency().equals(properties.currencyCode())
                && row.expiresAt().isAfter(clock.instant().plus(SHORTEST_LIFETIME));
    }

    /**
     * A generation whose create call never got an answer: repeat the stored request (same key) to learn
     * the session, or give it up when Stripe would no longer accept its expiry.
     */
    private CheckoutSession resolvePending(StripeClient client, CheckoutSession row, CheckoutSessionRequest request) {
        if (!row.pending()) {
            return row;
        }
        if (row.expiresAt().isAfter(clock.instant().plus(SHORTEST_LIFETIME))) {
            return create(client, row, request);
        }
        return rows.closeIfOpen(row, Status.EXPIRED);
    }

    private CheckoutSession create(StripeClient client, CheckoutSession row, CheckoutSessionRequest request) {
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(row.idempotencyKey()).build();
        try {
            Session session = client.v1().checkout().sessions().create(request.parameters(row), options);
            return rows.attach(row, session.getId(), session.getUrl());
        }
        catch (IdempotencyException ex) {
            // the caller changed the description or metadata since the first try: give this generation up
            log.warn("Stripe refused to repeat {} with other parameters; opening a new generation", row.idempotencyKey());
            return rows.closeIfOpen(row, Status.EXPIRED);
        }
        catch (StripeException ex) {
            throw new StripeUnavailable("Stripe did not open a Checkout session: " + ex.getMessage(), ex);
        }
    }

    /** Expires a session at Stripe, which only works while it is open; otherwise takes Stripe's word for it. */
    private CheckoutSession expireAtStripe(StripeClient client, CheckoutSession row) {
        try {
            Session session = client.v1().checkout().sessions().expire(row.sessionId());
            return rows.closeIfOpen(row, statusOf(session));
        }
        catch (InvalidRequestException ex) {
            try {
                Session session = client.v1().checkout().sessions().retrieve(row.sessionId());
                return rows.closeIfOpen(row, statusOf(session));
            }
            catch (StripeException retrieveFailed) {
                throw new StripeUnavailable("Stripe did not expire Checkout session " + row.sessionId(), retrieveFailed);
            }
        }
        catch (StripeException ex) {
            throw new StripeUnavailable("Stripe did not expire Checkout session " + row.sessionId(), ex);
        }
    }

    private static Status statusOf(Session session) {
        return switch (String.valueOf(session.getStatus())) {
            case "complete" -> Status.COMPLETE;
            case "expired" -> Status.EXPIRED;
            default -> throw new StripeUnavailable("Checkout session " + session.getId() + " is still "
                    + session.getStatus() + " after expiring it", null);
        };
    }

    private StripeClient requireClient() {
        StripeClient client = stripe.getIfAvailable();
        if (client == null) {
            throw new BusinessRuleViolation("Online payment is not available; pay by bank transfer instead");
        }
        return client;
    }
}
