package com.printdesk.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.printdesk.payments.PaymentEvents.PaymentFailed;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;

/** {@code POST /api/stripe/webhook} with the shared fixtures, signed like Stripe signs them. */
@IntegrationTest
@RecordApplicationEvents
class StripeWebhookIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Payments payments;

    @Autowired
    CheckoutSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Settings settings;

    private final Payable invoice = Payable.invoice(ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000_000L));
    private final String paymentIntent = StripeFixtures.unique("pi_test_");

    @Test
    void aPaidCompletedSessionRecordsOnePaymentUnderThePaymentIntentId() throws Exception {
        CheckoutSession session = open(24950);
        String payload = paidEvent("event.checkout.session.completed.json", session.sessionId(), 24950);

        deliver(payload).andExpect(status().isOk())
                .andExpect(content().string("handled " + eventId(payload)));
        deliver(payload).andExpect(status().isOk())
                .andExpect(content().string("duplicate " + eventId(payload)));

        PaymentView payment = payments.byProcessorId(paymentIntent).orElseThrow();
        assertThat(payment.payable()).isEqualTo(invoice);
        assertThat(payment.amount()).isEqualTo(Money.ofCents(24950));
        assertThat(payment.method()).isEqualTo(PaymentMethod.STRIPE);
        assertThat(payment.flagged()).isFalse();
        assertThat(sessionStatus(session)).isEqualTo("COMPLETE");
        assertThat(eventRows(payload)).isEqualTo(1);
    }

    @Test
    void stripeMoneyIsDatedInTheBusinessTimeZone() throws Exception {
        // half past midnight on 1 September in Sydney is still 31 August in UTC
        Instant taken = Instant.parse("2026-08-31T14:30:00Z");
        CheckoutSession session = open(5000);
        String payload = paidEvent("event.checkout.session.completed.json", session.sessionId(), 5000)
                .replace("\"created\": 1786755692", "\"created\": " + taken.getEpochSecond());

        deliver(payload).andExpect(status().isOk());

        assertThat(payments.byProcessorId(paymentIntent).orElseThrow().paidOn())
                .isEqualTo(LocalDate.ofInstant(taken, settings.current().timeZone()));
    }

    @Test
    void anUnpaidCompletedSessionRecordsNothingUntilTheAsyncPaymentSucceeds() throws Exception {
        CheckoutSession session = open(120000);

        deliver(paidEvent("event.checkout.session.completed.async_unpaid.json", session.sessionId(), 120000))
                .andExpect(status().isOk());

        assertThat(payments.byProcessorId(paymentIntent)).isEmpty();
        assertThat(sessionStatus(session)).isEqualTo("COMPLETE");

        deliver(paidEvent("event.checkout.session.async_payment_succeeded.json", session.sessionId(), 120000))
                .andExpect(status().isOk());

        assertThat(payments.forPayable(invoice)).singleElement()
                .satisfies(payment -> assertThat(payment.processorId()).isEqualTo(paymentIntent));
    }

    @Test
    void eightIdenticalDeliveriesAtOnceRecordOnePaymentAndAnswerAllOk() throws Exception {
        CheckoutSession session = open(24950);
        String payload = paidEvent("event.checkout.session.completed.json", session.sessionId(), 24950);
        String signature = StripeFixtures.sign(payload);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> deliveries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                deliveries.add(() -> deliver(payload, signature).andReturn().getResponse().getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(deliveries)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200).hasSize(8);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(payments.forPayable(invoice)).hasSize(1);
        assertThat(eventRows(payload)).isEqualTo(1);
    }

    @Test
    void aBadSignatureAStaleTimestampOrAnAlteredBodyIsRefusedAndRecordsNothing() throws Exception {
        String payload = paidEvent("event.checkout.session.completed.json", open(24950).sessionId(), 24950);
        long now = Instant.now().getEpochSecond();

        deliver(payload, StripeFixtures.sign(payload, now, "whsec_someone_else")).andExpect(status().isBadRequest());
        deliver(payload, StripeFixtures.sign(payload, now - 301, StripeFixtures.WEBHOOK_SECRET))
                .andExpect(status().isBadRequest());
        deliver(payload.replace("\"amount_total\": 24950", "\"amount_total\": 24951"), StripeFixtures.sign(payload))
                .andExpect(status().isBadRequest());
        deliver(payload, null).andExpect(status().isBadRequest());

        assertThat(payments.byProcessorId(paymentIntent)).isEmpty();
        assertThat(eventRows(payload)).isZero();
    }

    @Test
    void anEmptyOrOversizedBodyIsRefusedWithAProblemBeforeItsSignatureIsChecked() throws Exception {
        deliver("", "t=1,v1=00").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("A signed Stripe event is expected."));
        String huge = "{\"id\": \"evt_huge\", \"padding\": \"" + "x".repeat(StripeWebhookController.MAX_BODY_BYTES)
                + "\"}";
        deliver(huge).andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("A Stripe event is never this large."));
        assertThat(eventRows(huge)).isZero();
    }

    @Test
    void theAnswerNamesTheOutcomeAndTheEventInPlainText() throws Exception {
        String payload = paidEvent("event.checkout.session.completed.json", open(1200).sessionId(), 1200);
        String id = eventId(payload);

        deliver(payload).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string("handled " + id));
        deliver(payload).andExpect(status().isOk()).andExpect(content().string("duplicate " + id));
    }

    @Test
    void anAmountThatDiffersFromTheSessionIsRecordedAndFlagged() throws Exception {
        CheckoutSession session = open(24950);

        deliver(paidEvent("event.checkout.session.completed.json", session.sessionId(), 30000)).andExpect(status().isOk());

        PaymentView payment = payments.byProcessorId(paymentIntent).orElseThrow();
        assertThat(payment.amount()).isEqualTo(Money.ofCents(30000));
        assertThat(payment.flagged()).isTrue();
        assertThat(payment.flagReason())
                .isEqualTo("Amount differs from the checkout session: expected $249.50, received $300.00");
    }

    @Test
    void moneyForASessionWeDoNotKnowIsRecordedAndFlagged() throws Exception {
        deliver(paidEvent("event.checkout.session.completed.json", StripeFixtures.unique("cs_test_"), 24950))
                .andExpect(status().isOk());

        PaymentView payment = payments.byProcessorId(paymentIntent).orElseThrow();
        assertThat(payment.payable()).isEqualTo(invoice);
        assertThat(payment.flagReason()).startsWith("No checkout session of ours is known");
    }

    @Test
    void anExpiredSessionIsMarkedExpired() throws Exception {
        CheckoutSession session = open(24950);

        deliver(StripeFixtures.event("event.checkout.session.expired.json").withNewId()
                .withSessionId(session.sessionId()).withPayable(invoice).json()).andExpect(status().isOk());

        assertThat(sessionStatus(session)).isEqualTo("EXPIRED");
    }

    @Test
    void failedPaymentsPublishPaymentFailed() throws Exception {
        deliver(StripeFixtures.event("event.payment_intent.payment_failed.json").withNewId()
                .withPaymentIntent(paymentIntent).withPayable(invoice).json()).andExpect(status().isOk());
        deliver(StripeFixtures.event("event.checkout.session.async_payment_failed.json").withNewId()
                .withSessionId(StripeFixtures.unique("cs_test_")).withPayable(invoice).json()).andExpect(status().isOk());

        assertThat(events.stream(PaymentFailed.class).filter(failed -> failed.payable().equals(invoice)))
                .hasSize(2);
        assertThat(payments.forPayable(invoice)).isEmpty();
    }

    @Test
    void anEventTypeWeDoNotHandleIsAcknowledged() throws Exception {
        String payload = StripeFixtures.event("event.checkout.session.completed.json").withNewId().json()
                .replace("\"type\": \"checkout.session.completed\"", "\"type\": \"customer.created\"");

        deliver(payload).andExpect(status().isOk());
    }

    @Test
    void anEventWhoseObjectCannotBeReadIsAServerErrorAndRecordsNothing() throws Exception {
        String notASession = paidEvent("event.checkout.session.completed.json", open(24950).sessionId(), 24950);
        notASession = new StripeFixtures.Event(notASession)
                .withDataObject(StripeFixtures.read("payment_intent.json")).json();
        String otherApiVersion = new StripeFixtures.Event(
                paidEvent("event.checkout.session.completed.json", StripeFixtures.unique("cs_test_"), 24950))
                .withApiVersion("2024-06-20").json();

        deliver(notASession).andExpect(status().isInternalServerError());
        deliver(otherApiVersion).andExpect(status().isInternalServerError());

        assertThat(payments.forPayable(invoice)).isEmpty();
        assertThat(eventRows(notASession) + eventRows(otherApiVersion)).isZero();
    }

    private CheckoutSession open(long cents) {
        return sessions.open(invoice, Money.ofCents(cents), "Invoice test", Map.of(), "http://localhost/s",
                "http://localhost/c");
    }

    private String paidEvent(String file, String sessionId, long cents) {
        return StripeFixtures.event(file).withNewId().withSessionId(sessionId).withPaymentIntent(paymentIntent)
                .withPayable(invoice).withAmount(cents).json();
    }

    private ResultActions deliver(String payload) throws Exception {
        return deliver(payload, StripeFixtures.sign(payload));
    }

    private ResultActions deliver(String payload, String signature) throws Exception {
        var request = post("/api/stripe/webhook").contentType(MediaType.APPLICATION_JSON).content(payload);
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return mvc.perform(request);
    }

    private String sessionStatus(CheckoutSession session) {
        return jdbc.sql("SELECT status FROM checkout_sessions WHERE stripe_session_id = ?").param(session.sessionId())
                .query(String.class).single();
    }

    private int eventRows(String payload) {
        return jdbc.sql("SELECT count(*) FROM stripe_events WHERE event_id = ?").param(eventId(payload))
                .query(Integer.class).single();
    }

    private static String eventId(String payload) {
        return payload.substring(payload.indexOf("\"evt_") + 1, payload.indexOf('"', payload.indexOf("\"evt_") + 1));
    }
}
