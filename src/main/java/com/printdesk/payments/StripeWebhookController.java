package com.printdesk.payments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/stripe/webhook}. The signature is checked on the raw body (so it is read as bytes
 * and decoded once, never re-serialised), with Stripe's 300 s tolerance. The answer is 2xx only once
 * the handler's transaction has committed; anything else makes Stripe deliver again.
 *
 * <p>The hottest request the application serves, so it reads the body and writes its plain-text
 * answer itself rather than through message converters and return-value handlers (their share of a
 * delivery is measured in docs/benchmarks.md); refusals still go through the exception handlers below
 * as problem details.
 */
@RestController
class StripeWebhookController {

    static final long TOLERANCE_SECONDS = 300;
    /** Stripe's events are a few kilobytes; a body this large is not one of them. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeWebhookHandler handler;
    private final StripeProperties properties;

    StripeWebhookController(StripeWebhookHandler handler, StripeProperties properties) {
        this.handler = handler;
        this.properties = properties;
    }

    @PostMapping("/api/stripe/webhook")
    void receive(HttpServletRequest request, HttpServletResponse response)
            throws IOException, SignatureVerificationException {
        if (!properties.webhookEnabled()) {
            log.error("A Stripe webhook arrived but STRIPE_WEBHOOK_SECRET is not set");
            throw new Refused(HttpStatus.SERVICE_UNAVAILABLE, "Stripe webhooks are not configured here.");
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new Refused(HttpStatus.CONTENT_TOO_LARGE, "A Stripe event is never this large.");
        }
        String signature = request.getHeader("Stripe-Signature");
        if (body.length == 0 || signature == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "A signed Stripe event is expected.");
        }
        String payload = new String(body, StandardCharsets.UTF_8);
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, properties.webhookSecret(), TOLERANCE_SECONDS);
        }
        catch (RuntimeException notJson) {
            // correctly signed but not an event (stripe-java's JSON parser failed): retrying will not help
            log.warn("Refused a signed Stripe webhook that is not an event: {}", notJson.getMessage());
            throw new Refused(HttpStatus.BAD_REQUEST, "The body is not a Stripe event.");
        }
        StripeWebhookHandler.Outcome outcome = handler.handle(event);
        // plain text, which Stripe shows in the endpoint's log
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(outcome.name().toLowerCase() + " " + event.getId());
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused ex) {
        return problem(ex.status, ex.getMessage());
    }

    @ExceptionHandler(SignatureVerificationException.class)
    ResponseEntity<ProblemDetail> badSignature(SignatureVerificationException ex) {
        log.warn("Refused a Stripe webhook: {}", ex.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "The Stripe signature does not match this body, or is too old.");
    }

    @ExceptionHandler(UnreadableStripeEvent.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableStripeEvent ex) {
        log.error("Stripe event not handled, Stripe will retry: {}", ex.getMessage());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "This event cannot be read; it has been logged.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** A delivery refused before its signature is checked; nothing is recorded. */
    static final class Refused extends RuntimeException {

        private final HttpStatus status;

        Refused(HttpStatus status, String detail) {
            super(detail, null, false, false);
            this.status = status;
        }
    }
}
