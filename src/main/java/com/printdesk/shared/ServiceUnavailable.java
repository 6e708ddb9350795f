package com.printdesk.shared;

/**
 * A service PrintDesk depends on (Stripe, object storage) could not be reached; the request may be
 * tried again. Answered with 503 on {@code /api/**}.
 */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
