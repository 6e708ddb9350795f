package com.printdesk.payments;

/**
 * A verified Stripe event we cannot act on, usually because the endpoint sends another API version
 * than the one stripe-java pins. Answered with 500 so Stripe keeps retrying while someone fixes it.
 */
class UnreadableStripeEvent extends RuntimeException {

    UnreadableStripeEvent(String message) {
        super(message);
    }
}
