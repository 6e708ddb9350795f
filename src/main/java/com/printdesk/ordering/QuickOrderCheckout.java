package com.printdesk.ordering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.CheckoutSessions;
import com.printdesk.payments.Payable;
import com.printdesk.settings.Settings;
import com.printdesk.shared.AppUrl;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.slicing.SliceResult;
import com.printdesk.slicing.SliceState;
import com.printdesk.slicing.Slicing;

/**
 * "Pay" in the shop: the order is priced again on the server (what the page showed is only a preview),
 * stored as a checkout attempt, and a Stripe Checkout session opened for exactly that total. Stripe's
 * metadata names only the attempt. A second click with the same order finds the same open attempt, so
 * {@link CheckoutSessions} hands out the same session.
 */
@Service
class QuickOrderCheckout {

    /** An attempt is handed out again only while its session can still be paid for a while. */
    private static final Duration REUSE_MARGIN = Duration.ofMinutes(31);
    static final String SESSION_ID_PARAMETER = "session_id={CHECKOUT_SESSION_ID}";

    private final ShopPricing pricing;
    private final CheckoutAttempts attempts;
    private final CheckoutSessions sessions;
    private final Slicing slicing;
    private final Settings settings;
    private final CheckoutAttemptProperties properties;
    private final TransactionTemplate transactions;
    private final AppUrl appUrl;
    private final JsonMapper json;
    private final Clock clock;

    QuickOrderCheckout(ShopPricing pricing, CheckoutAttempts attempts, CheckoutSessions sessions, Slicing slicing,
            Settings settings, CheckoutAttemptProperties properties, TransactionTemplate transactions, AppUrl appUrl,
            JsonMapper json, Clock clock) {
        this.pricing = pricing;
        this.attempts = attempts;
        this.sessions = sessions;
        this.slicing = slicing;
        this.settings = settings;
        this.properties = properties;
        this.transactions = transactions;
        this.appUrl = appUrl;
        this.json = json;
        this.clock = clock;
    }

    record Started(long attemptId, String url) {
    }

    /**
     * @throws InvalidShopOrder naming a bad field (shipping address, material, settings)
     * @throws BusinessRuleViolation when the order cannot be paid yet or online
     */
    Started checkout(long userId, long clientId, CheckoutRequest request) {
        Order order = new Order(request.order().choices(), request.delivery().delivery(), request.contact().contact());
        ShopQuote quote = pricing.quote(userId, order.items(), order.delivery());
        requireReady(quote);
        if (!sessions.enabled()) {
            throw new BusinessRuleViolation("Online payment is not available at the moment; contact us to order");
        }
        if (!CheckoutSessions.payableOnline(quote.totals().total())) {
            throw new BusinessRuleViolation("Orders under " + CheckoutSessions.STRIPE_MINIMUM
                    + " cannot be paid online; contact us to order");
        }
        PricedOrder priced = PricedOrder.of(quote, settings.current().gstRegistered(),
                attempts.tmpKeys(userId, order.items().stream().map(ItemChoice::fileId).distinct().toList()),
                gcodeKeys(quote));
        long attemptId = Objects.requireNonNull(transactions.execute(status -> store(userId, clientId, order, priced)));
        // Stripe is called outside our transaction: the attempt is committed first, so a webhook can find it
        String page = appUrl.link("/portal/order/attempts/" + attemptId);
        CheckoutSession session = sessions.open(new Payable(Payable.PayableType.CHECKOUT_ATTEMPT, attemptId),
                priced.total(), "3D printing order #" + attemptId, Map.of(), page + "?" + SESSION_ID_PARAMETER,
                appUrl.link("/portal/order"));
        return new Started(attemptId, session.url());
    }

    /** What is ordered, checked and in its stored form. */
    record Order(List<ItemChoice> items, Delivery delivery, Contact contact) {
    }

    private long store(long userId, long clientId, Order request, PricedOrder order) {
        attempts.lockUser(userId);
        String fingerprint = fingerprint(request, order);
        Instant now = clock.instant();
        return attempts.openWithFingerprint(userId, fingerprint, now.plus(REUSE_MARGIN)).orElseGet(() -> attempts.insert(
                new CheckoutAttempts.NewAttempt(clientId, userId, request.contact(), request.delivery(), order,
                        "aud", now.plus(properties.lifetime()).truncatedTo(ChronoUnit.SECONDS),
                        now.plus(properties.retention()), fingerprint, now)));
    }

    /** Not everything sliced, or something failed: a 409 saying which. */
    private static void requireReady(ShopQuote quote) {
        if (quote.ready()) {
            return;
        }
        List<String> failures = quote.items().stream().filter(item -> item.state() == SliceState.FAILED)
                .map(item -> item.fileName() + ": " + item.failureReason()).toList();
        if (!failures.isEmpty()) {
            throw new BusinessRuleViolation("These models cannot be printed as configured: " + String.join("; ", failures));
        }
        if (!quote.problems().isEmpty()) {
            throw new BusinessRuleViolation(String.join("; ", quote.problems()));
        }
        throw new BusinessRuleViolation("Your models are still slicing; pay once every price is shown");
    }

    private Map<Long, String> gcodeKeys(ShopQuote quote) {
        Map<Long, String> keys = new java.util.HashMap<>();
        for (QuotedItem item : quote.items()) {
            slicing.result(item.sliceId()).map(SliceResult::gcodeKey).ifPresent(key -> keys.put(item.sliceId(), key));
        }
        return keys;
    }

    /** What was asked for and what it costs: the same order clicked twice has the same fingerprint. */
    private String fingerprint(Order request, PricedOrder order) {
        String canonical = json.writeValueAsString(List.of(request.items(), request.delivery(), request.contact(),
                order.totalCents()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
