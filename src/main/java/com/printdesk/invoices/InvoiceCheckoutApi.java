package com.printdesk.invoices;

import java.time.Instant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.payments.CheckoutSession;

/**
 * {@code POST /api/invoices/{id}/stripe-session}: the Checkout session for an invoice's balance, for
 * an admin or the owning client (another client's invoice is a 404). Refusals are 409 problem details.
 */
@RestController
class InvoiceCheckoutApi {

    private final InvoiceCheckout checkout;

    InvoiceCheckoutApi(InvoiceCheckout checkout) {
        this.checkout = checkout;
    }

    @PostMapping("/api/invoices/{id}/stripe-session")
    SessionResponse start(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        CheckoutSession session = checkout.start(id, me.isAdmin() ? null : me.clientId());
        return new SessionResponse(session.sessionId(), session.url(), session.amount().cents(), session.currency(),
                session.expiresAt(), session.generation());
    }

    record SessionResponse(String sessionId, String url, long amountCents, String currency, Instant expiresAt,
            int generation) {
    }
}
