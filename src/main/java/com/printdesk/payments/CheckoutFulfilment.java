package com.printdesk.payments;

import java.time.Clock;
import java.util.Optional;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The success page's half of Checkout: a customer back from Stripe before the webhook still sees
 * their money. The session is retrieved from Stripe (the query parameter is only a hint) and a paid
 * one goes through {@link StripeWebhookHandler#recordPaidSession}, the path the webhook and
 * reconciliation take, so all three converge on the one payment row of the PaymentIntent.
 */
@Service
public class CheckoutFulfilment {

    private static final Logger log = LoggerFactory.getLogger(CheckoutFulfilment.class);

    private final CheckoutSessionRows rows;
    private final ObjectProvider<StripeClient> stripe;
    private final StripeWebhookHandler handler;
    private final Payments payments;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CheckoutFulfilment(CheckoutSessionRows rows, ObjectProvider<StripeClient> stripe, StripeWebhookHandler handler,
            Payments payments, TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.stripe = stripe;
        this.handler = handler;
        this.payments = payments;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records the payment of a Checkout session of {@code payable} if Stripe says it is paid; idempotent.
     * Empty when the session is not one of ours for that payable (nothing is asked of Stripe then), not
     * paid (yet), or Stripe cannot be reached: the webhook or reconciliation records it later.
     */
    public Optional<PaymentView> fulfil(String sessionId, Payable payable) {
        StripeClient client = stripe.getIfAvailable();
        if (client == null || sessionId == null || sessionId.isBlank()) {
            return Optional.empty();
        }
        Optional<CheckoutSession> stored = rows.bySessionId(sessionId);
        if (stored.isEmpty() || !stored.get().payable().equals(payable)) {
            log.warn("Ignored Checkout session {} on the return page of {}: it is not a session of it", sessionId, payable);
            return Optional.empty();
        }
        Session session;
        try {
            session = client.v1().checkout().sessions().retrieve(sessionId);
        }
        catch (StripeException ex) {
            log.warn("Could not ask Stripe about Checkout session {}; its webhook will tell: {}", sessionId, ex.getMessage());
            return Optional.empty();
        }
        if (!sessionId.equals(session.getId()) || !"paid".equals(session.getPaymentStatus())) {
            return Optional.empty();
        }
        // Stripe's metadata must agree too: a payable named there is what recordPaidSession pays
        Optional<Payable> named = StripeWebhookHandler.payableOf(session.getMetadata());
        if (named.isPresent() && !named.get().equals(payable)) {
            log.warn("Checkout session {} names {} at Stripe but {} here; left to the webhook", sessionId, named.get(),
                    payable);
            return Optional.empty();
        }
        transactions.executeWithoutResult(status -> handler.recordPaidSession(session,
                handler.businessDate(clock.instant()), "return page"));
        String processorId = session.getPaymentIntent() != null ? session.getPaymentIntent() : session.getId();
        return payments.byProcessorId(processorId);
    }
}
