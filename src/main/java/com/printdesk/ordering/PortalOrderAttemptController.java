package com.printdesk.ordering;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.invoices.Invoices;
import com.printdesk.payments.CheckoutFulfilment;
import com.printdesk.payments.Payable;
import com.printdesk.shared.NotFound;

/**
 * Where Stripe sends the client after paying: the order's progress from "payment received" to its
 * invoice. Only the client who ordered sees it (404 for anyone else).
 */
@Controller
@RequestMapping("/portal/order/attempts/{id}")
class PortalOrderAttemptController {

    private final CheckoutAttempts attempts;
    private final CheckoutFulfilment fulfilment;
    private final PaidAttempts paid;
    private final Invoices invoices;

    PortalOrderAttemptController(CheckoutAttempts attempts, CheckoutFulfilment fulfilment, PaidAttempts paid,
            Invoices invoices) {
        this.attempts = attempts;
        this.fulfilment = fulfilment;
        this.paid = paid;
        this.invoices = invoices;
    }

    /**
     * {@code session_id}: back from Checkout, maybe before the webhook. The payment is recorded through the
     * path the webhook takes (one payment row whoever comes first) and the attempt marked paid at once.
     */
    @GetMapping
    String show(@PathVariable long id, @RequestParam(name = "session_id", required = false) String sessionId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        CheckoutAttempt attempt = owned(id, me);
        if (sessionId != null && !attempt.paid()) {
            fulfilment.fulfil(sessionId, attemptPayable(id))
                    .filter(payment -> payment.payable().equals(attemptPayable(id)))
                    .ifPresent(payment -> paid.paid(id, payment.id()));
            attempt = owned(id, me);
        }
        model.addAttribute("returnedFromCheckout", sessionId != null);
        return page(attempt, model, "portal/ordering/attempt");
    }

    /** The progress panel alone, polled by htmx until the invoice exists. */
    @GetMapping("/progress")
    String progress(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        return page(owned(id, me), model, "portal/ordering/attempt :: progress");
    }

    private String page(CheckoutAttempt attempt, Model model, String view) {
        model.addAttribute("attempt", attempt);
        model.addAttribute("invoice", attempt.invoiceId() == null ? null : invoices.view(attempt.invoiceId()));
        return view;
    }

    private CheckoutAttempt owned(long id, AccountPrincipal me) {
        return attempts.findForClient(id, me.clientId()).orElseThrow(() -> new NotFound("Order"));
    }

    private static Payable attemptPayable(long id) {
        return new Payable(Payable.PayableType.CHECKOUT_ATTEMPT, id);
    }
}
