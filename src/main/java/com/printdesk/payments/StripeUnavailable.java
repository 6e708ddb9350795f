package com.printdesk.payments;

/**
 * Stripe could not be reached or refused a call we expected to succeed. Nothing is lost: the
 * generation's parameters are stored, so trying again repeats the same request.
 */
public class StripeUnavailable extends com.printdesk.shared.ServiceUnavailable {

    public StripeUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
