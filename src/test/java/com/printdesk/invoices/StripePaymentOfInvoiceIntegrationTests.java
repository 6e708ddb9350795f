package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.PaymentView;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;

/** From "Pay now" to a PAID invoice: the session, Stripe's signed webhook, the payment, the invoice. */
@IntegrationTest
class StripePaymentOfInvoiceIntegrationTests extends StripeInvoiceTestSupport {

    @Test
    void aCompletedCheckoutPaysTheInvoiceOnceHoweverOftenStripeDeliversIt() throws Exception {
        var owner = data.client();
        long id = issued(owner);
        CheckoutSession session = checkout.start(id, owner.clientId());
        String intent = StripeFixtures.unique("pi_");
        String payload = completed(id, session, intent);

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
        long id = issued(data.client(), "100.00");
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
        long id = issued(data.client(), "80.00");
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
        long id = issued(data.client(), "50.00");
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

    /** Stripe's signed checkout.session.completed for the session; returns the PaymentIntent ID it carried. */
    private String payThroughCheckout(long invoiceId, CheckoutSession session) throws Exception {
        String intent = StripeFixtures.unique("pi_");
        deliver(completed(invoiceId, session, intent));
        return intent;
    }
}
