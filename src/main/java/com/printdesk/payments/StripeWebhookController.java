package com.printdesk.payments;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/stripe/webhook}. The signature is checked on the raw body (so it is read as a
 * String, never re-serialised), with Stripe's 300 s tolerance. The answer is 2xx only once the
 * handler's transaction has committed; anything else makes Stripe deliver again.
 */
@RestController
class StripeWebhookController {

    static final long TOLERANCE_SECONDS = 300;
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeWebhookHandler handler;
    private final StripeProperties properties;

    StripeWebhookController(StripeWebhookHandler handler, StripeProperties properties) {
        this.handler = handler;
        this.properties = properties;
    }

    @PostMapping("/api/stripe/webhook")
    ResponseEntity<?> receive(@RequestBody(required = false) String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature)
            throws SignatureVerificationException {
        if (!properties.webhookEnabled()) {
            log.error("A Stripe webhook arrived but STRIPE_WEBHOOK_SECRET is not set");
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Stripe webhooks are not configured here.");
        }
        if (payload == null || signature == null) {
            return problem(HttpStatus.BAD_REQUEST, "A signed Stripe event is expected.");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, properties.webhookSecret(), TOLERANCE_SECONDS);
        }
        catch (RuntimeException notJson) {
            // correctly signed but not an event (stripe-java's JSON parser failed): retrying will not help
            log.warn("Refused a signed Stripe webhook that is not an event: {}", notJson.getMessage());
            return problem(HttpStatus.BAD_REQUEST, "The body is not a Stripe event.");
        }
        StripeWebhookHandler.Outcome outcome = handler.handle(event);
        // plain text (Stripe shows it in the endpoint's log): no JSON writer negotiated on the hottest path
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .body(outcome.name().toLowerCase() + " " + event.getId());
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
}
