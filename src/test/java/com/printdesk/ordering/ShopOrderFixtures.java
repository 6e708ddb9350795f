package com.printdesk.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.catalog.MaterialAdmin;
import com.printdesk.catalog.MaterialForm;
import com.printdesk.catalog.MaterialType;
import com.printdesk.catalog.MaterialView;
import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.CheckoutSessions;
import com.printdesk.payments.Payable;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.settings.Settings;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.LineItem;
import com.printdesk.shared.Money;
import com.printdesk.slicing.SupportStyle;

/** Checkout attempts as the checkout stores them, without waiting for a slicer, and their Stripe side. */
@Component
@Profile("!dev")
class ShopOrderFixtures {

    static final Delivery PICKUP = new Delivery(DeliveryMethod.PICKUP, null, null, null, null);
    static final Delivery SHIPPING = new Delivery(DeliveryMethod.SHIPPING, "12 Example St", "Newtown", "NSW", "2042");

    final CheckoutAttempts attempts;
    final CheckoutSessions sessions;
    final MaterialAdmin materials;
    final Settings settings;
    final Clock clock;
    final QuickOrderUploads uploads;

    ShopOrderFixtures(CheckoutAttempts attempts, CheckoutSessions sessions, MaterialAdmin materials,
            Settings settings, Clock clock, QuickOrderUploads uploads) {
        this.uploads = uploads;
        this.attempts = attempts;
        this.sessions = sessions;
        this.materials = materials;
        this.settings = settings;
        this.clock = clock;
    }

    MaterialView material() {
        return materials.create(new MaterialForm("PLA " + UUID.randomUUID().toString().substring(0, 8),
                MaterialType.PLA, "Black", new BigDecimal("1.24"), new BigDecimal("0.0500"), 0));
    }

    /** The client's uploads of these corpus files (kept in the tmp bucket like any upload). */
    List<UploadedFile> upload(AccountPrincipal owner, String... files) {
        return uploads.upload(owner.userId(), owner.clientId(),
                java.util.Arrays.stream(files).map(UploadCorpus::part)
                        .map(org.springframework.web.multipart.MultipartFile.class::cast).toList());
    }

    static Payable payable(long attemptId) {
        return new Payable(Payable.PayableType.CHECKOUT_ATTEMPT, attemptId);
    }

    /**
     * An open attempt of the client: 2 × "cube.stl" at $12.00 (printable: material, 10 g, 0.5 h each), a $5.00
     * setup fee and, when shipping, $10.00 shipping; {@code files} the uploads it orders (one item each,
     * priced as an estimate, so there is no G-code).
     */
    long attempt(AccountPrincipal owner, Delivery delivery, long materialId, List<UploadedFile> files,
            Duration expiresIn) {
        List<PricedOrder.OrderedItem> items = files.stream().map(file -> new PricedOrder.OrderedItem(
                new ItemChoice(file.id(), materialId, new BigDecimal("0.2"), 20, false, SupportStyle.GRID, 0, 2,
                        BigDecimal.ONE), file.storageKey(), file.originalName(), file.sha256(), 0, null, true,
                null, null, new BigDecimal("10"), new BigDecimal("0.5"), 1200, 2400)).toList();
        List<LineItem> lines = new java.util.ArrayList<>();
        for (UploadedFile file : files) {
            lines.add(new LineItem(file.originalName() + " — PLA, 0.2 mm, 20 %", new BigDecimal("2"),
                    Money.parse("12.00"), BigDecimal.ZERO, false, null, materialId, new BigDecimal("10"),
                    new BigDecimal("0.5")));
        }
        lines.add(LineItem.simple("Setup fee", BigDecimal.ONE, Money.parse("5.00")));
        boolean shipping = delivery.method() == DeliveryMethod.SHIPPING;
        DocumentDetails details = new DocumentDetails(GstCalculation.PriceEntry.EXCLUSIVE, null, lines, null,
                shipping ? "Shipping" : null, shipping ? Money.parse("10.00") : Money.ZERO, null, null);
        boolean gst = settings.current().gstRegistered();
        GstCalculation.Totals totals = details.totals(gst);
        PricedOrder order = new PricedOrder(items, details.items().stream().map(PricedOrder.OrderedLine::of).toList(),
                "EXCLUSIVE", "AMOUNT", BigDecimal.ZERO, details.shippingDescription(), details.shipping().cents(), gst,
                totals.subtotal().cents(), totals.gst().cents(), totals.total().cents());
        Instant now = clock.instant();
        return attempts.insert(new CheckoutAttempts.NewAttempt(owner.clientId(), owner.userId(),
                new Contact("Ada Lovelace", "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                        "0400 111 222"), delivery, order, "aud",
                now.plus(expiresIn), now.plus(Duration.ofDays(4)), UUID.randomUUID().toString(), now));
    }

    long attempt(AccountPrincipal owner, Delivery delivery) {
        return attempt(owner, delivery, material().id(), upload(owner, "xyz_calibration_cube.stl"),
                Duration.ofHours(24));
    }

    CheckoutAttempt find(long attemptId) {
        return attempts.find(attemptId).orElseThrow();
    }

    CheckoutSession open(long attemptId) {
        return sessions.open(payable(attemptId), find(attemptId).total(), "3D printing order #" + attemptId, Map.of(),
                "http://localhost/portal/order/attempts/" + attemptId + "?session_id={CHECKOUT_SESSION_ID}",
                "http://localhost/portal/order");
    }

    /** Stripe's {@code checkout.session.completed} for the session, paid with the PaymentIntent. */
    static String completed(Payable payable, CheckoutSession session, String intent) {
        return StripeFixtures.event("event.checkout.session.completed.json").withNewId()
                .withSessionId(session.sessionId()).withPaymentIntent(intent).withPayable(payable)
                .withAmount(session.amount().cents()).json();
    }

    /** Listeners and the fulfilment task run after commit: wait (20 s at most) and assert. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, condition, Duration.ofSeconds(20));
    }

    /**
     * Jobs come from invoice events published by whichever instance ran the fulfilment task; in the full
     * suite that may be another cached test context on the same database, whose listener can be late (the
     * event publication registry resubmits after a minute). Wait for that too.
     */
    static void awaitJobs(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, condition, Duration.ofSeconds(150));
    }

    static void await(String what, BooleanSupplier condition, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
