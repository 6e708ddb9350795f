package com.printdesk.payments;

import java.time.Instant;

import com.printdesk.shared.Money;

/**
 * One generation of the Stripe Checkout session of a payable. {@code sessionId} and {@code url} are
 * null only while Stripe has not answered the create call of this generation.
 */
public record CheckoutSession(Payable payable, int generation, String sessionId, String url, Money amount,
        String currency, Status status, Instant expiresAt) {

    public enum Status {
        OPEN, COMPLETE, EXPIRED
    }

    /** The idempotency key of this generation's create call: a retry repeats the same request. */
    public String idempotencyKey() {
        return "checkout-" + payable.type().name() + "-" + payable.id() + "-" + generation;
    }

    boolean pending() {
        return sessionId == null;
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }

    CheckoutSession withStatus(Status newStatus) {
        return new CheckoutSession(payable, generation, sessionId, url, amount, currency, newStatus, expiresAt);
    }
}
