package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentView;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** From "Pay now" to a PAID invoice: the session, Stripe's signed webhook, the payment, the invoice. */
@IntegrationTest
class StripePaymentOfInvoiceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoiceCheckout checkout;

    @Autowired
    InvoicePayments payments;

    @Autowired
    TestData data;

    @Test
    void aCompletedCheckoutPaysTheInvoiceOnceHoweverOftenStripeDeliversIt() throws Exception {
        var owner = data.client();
        long id = invoices.createDraft(new InvoiceDraft(owner.clientId(), TestData.details("Ada", "Part", "1", "100.00")));
        invoices.issue(id);
        CheckoutSession session = checkout.start(id, owner.clientId());
        String intent = StripeFixtures.unique("pi_");
        String payload = StripeFixtures.event("event.checkout.session.completed.json").withNewId()
                .withSessionId(session.sessionId()).withPaymentIntent(intent).withPayable(Payable.invoice(id))
                .withAmount(session.amount().cents()).json();

        deliver(payload);
        deliver(payload);

        awaitStatus(id, InvoiceStatus.PAID);
        InvoiceView paid = invoices.view(id);
        assertThat(paid.amountPaid()).isEqualTo(Money.parse("110.00"));
        assertThat(paid.balance()).isEqualTo(Money.ZERO);
        assertThat(payments.forInvoice(id)).extracting(PaymentView::processorId).containsExactly(intent);
    }

    @Test
    void aRefundThroughStripeAndItsWebhookMakeOneRefundAndOneAdjustmentNote() throws Exception {
        long id = issuedInvoice("100.00");
        String intent = payThroughCheckout(id, checkout.start(id, null));
        awaitStatus(id, InvoiceStatus.PAID);
        PaymentView payment = payments.forInvoice(id).get(0);

        var refund = payments.refundManual(id, payment.id(), Money.parse("110.00"), "Order cancelled");

        assertThat(refund.processorRefundId()).startsWith("re_test_refund-" + payment.id() + "-1");
        String refundJson = StripeFixtures.read("refund.json")
                .replaceAll("\"id\": \"re_\\w+\"", "\"id\": \"" + refund.processorRefundId() + "\"")
                .replaceAll("\"payment_intent\": \"pi_\\w+\"", "\"payment_intent\": \"" + intent + "\"")
                .replaceAll("\"amount\": \\d+", "\"amount\": 11000");
        String webhook = StripeFixtures.event("event.checkout.session.completed.json").withNewId()
                .withDataObject(refundJson).json().replace("\"checkout.session.completed\"", "\"refund.created\"");
        deliver(webhook);

        assertThat(payments.refundsFor(id)).singleElement()
                .satisfies(r -> assertThat(r.processorRefundId()).isEqualTo(refund.processorRefundId()));
        assertThat(notes.forInvoice(id)).hasSize(1);
        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.REFUNDED);
    }

    @Test
    void aRefundReportedBeforeItsPaymentIsAnsweredWithAnErrorSoStripeRetriesIt() throws Exception {
        String refundJson = StripeFixtures.read("refund.json")
                .replaceAll("\"id\": \"re_\\w+\"", "\"id\": \"" + StripeFixtures.unique("re_") + "\"")
                .replaceAll("\"payment_intent\": \"pi_\\w+\"", "\"payment_intent\": \"" + StripeFixtures.unique("pi_") + "\"");
        var event = StripeFixtures.event("event.checkout.session.completed.json").withNewId().withDataObject(refundJson);
        String payload = event.json().replace("\"checkout.session.completed\"", "\"refund.created\"");

        mvc.perform(post("/api/stripe/webhook").contentType(MediaType.APPLICATION_JSON).content(payload)
                .header("Stripe-Signature", StripeFixtures.sign(payload))).andExpect(status().isInternalServerError());

        String eventId = payload.replaceAll("(?s)^.*?\"id\": \"(evt_\\w+)\".*$", "$1");
        assertThat(eventId).matches("evt_\\w+");
        assertThat(jdbc.sql("SELECT count(*) FROM stripe_events WHERE event_id = ?").param(eventId)
                .query(Long.class).single()).as("not claimed, so the retry is handled").isZero();
    }

    @Test
    void aDisputeFlagsThePaymentForReviewAndItsOutcomeIsRecorded() throws Exception {
        long id = issuedInvoice("80.00");
        String intent = payThroughCheckout(id, checkout.start(id, null));
        awaitStatus(id, InvoiceStatus.PAID);

        String dispute = StripeFixtures.read("dispute.json")
                .replaceAll("\"payment_intent\": \"pi_\\w+\"", "\"payment_intent\": \"" + intent + "\"");
        deliver(StripeFixtures.event("event.charge.dispute.created.json").withNewId().withDataObject(dispute).json());
        assertThat(payments.forInvoice(id)).singleElement().satisfies(payment -> {
            assertThat(payment.flagged()).isTrue();
            assertThat(payment.flagReason()).contains("Disputed by the customer (fraudulent)");
        });

        String closed = dispute.replace("\"status\": \"needs_response\"", "\"status\": \"won\"");
        deliver(StripeFixtures.event("event.charge.dispute.created.json").withNewId().withDataObject(closed).json()
                .replace("\"charge.dispute.created\"", "\"charge.dispute.closed\""));
        assertThat(payments.forInvoice(id).get(0).flagReason()).isEqualTo("Dispute closed: won");
    }

    @Test
    void stripeMoneyForAVoidedInvoiceIsRecordedAndFlaggedNeverDropped() throws Exception {
        long id = issuedInvoice("50.00");
        CheckoutSession session = checkout.start(id, null);
        invoices.voidInvoice(id, "Cancelled by phone");
        payThroughCheckout(id, session);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!payments.forInvoice(id).stream().allMatch(PaymentView::flagged) || payments.forInvoice(id).isEmpty()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(payments.forInvoice(id)).singleElement().satisfies(payment -> {
            assertThat(payment.amount()).isEqualTo(Money.parse("55.00"));
            assertThat(payment.flagReason()).contains("which is void");
        });
        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.VOID);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    AdjustmentNotes notes;

    private long issuedInvoice(String price) {
        long id = invoices.createDraft(new InvoiceDraft(data.client().clientId(),
                TestData.details("Ada", "Part", "1", price)));
        invoices.issue(id);
        return id;
    }

    /** Stripe's signed checkout.session.completed for the session; returns the PaymentIntent ID it carried. */
    private String payThroughCheckout(long invoiceId, CheckoutSession session) throws Exception {
        String intent = StripeFixtures.unique("pi_");
        deliver(StripeFixtures.event("event.checkout.session.completed.json").withNewId()
                .withSessionId(session.sessionId()).withPaymentIntent(intent).withPayable(Payable.invoice(invoiceId))
                .withAmount(session.amount().cents()).json());
        return intent;
    }

    private void deliver(String payload) throws Exception {
        mvc.perform(post("/api/stripe/webhook").contentType(MediaType.APPLICATION_JSON).content(payload)
                .header("Stripe-Signature", StripeFixtures.sign(payload))).andExpect(status().isOk());
    }

    private void awaitStatus(long id, InvoiceStatus expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (invoices.view(id).status() != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(invoices.view(id).status()).isEqualTo(expected);
    }
}
