package com.printdesk.invoices;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.printdesk.dev.EmbeddedInfrastructure;
import com.printdesk.payments.PaymentView;
import com.printdesk.payments.RefundView;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;

/**
 * {@code charge.refunded} cross-checks the {@code refund.*} events: the charge's refunds (listed from
 * Stripe, as current API versions do not embed them) are upserted by refund ID, so a refund whose own
 * event was missed is recorded, and one already known is never counted twice.
 */
@IntegrationTest
class StripeChargeRefundedIntegrationTests extends StripeInvoiceTestSupport {

    @Autowired
    AdjustmentNotes notes;

    @Test
    void aRefundWhoseOwnEventWasMissedIsRecordedOnceFromChargeRefunded() throws Exception {
        long id = paidInvoice();
        String intent = payments.forInvoice(id).get(0).processorId();
        String charge = StripeFixtures.unique("ch_");
        String refundId = StripeFixtures.unique("re_");
        String refund = refund(refundId, charge, intent, 11000);
        stripeListsRefunds(charge, refund);

        deliver(chargeRefunded(charge, intent, 11000));

        awaitTrue(() -> notes.forInvoice(id).size() == 1 && invoices.view(id).status() == InvoiceStatus.REFUNDED);
        assertThat(payments.refundsFor(id)).extracting(RefundView::processorRefundId).containsExactly(refundId);

        // the late refund.created, and Stripe's redelivery of charge.refunded under a new event, change nothing
        deliver(StripeFixtures.event("event.charge.refunded.json").withNewId().withDataObject(refund).json()
                .replace("\"charge.refunded\"", "\"refund.created\""));
        deliver(chargeRefunded(charge, intent, 11000));
        Thread.sleep(500);
        assertThat(payments.refundsFor(id)).hasSize(1);
        assertThat(notes.forInvoice(id)).hasSize(1);
        assertThat(invoices.view(id).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void aRefundMadeHereIsNotDoubledAndOneMadeInTheStripeDashboardIsAdded() throws Exception {
        long id = paidInvoice();
        PaymentView payment = payments.forInvoice(id).get(0);
        RefundView ours = payments.refundManual(id, payment.id(), Money.parse("50.00"), "One part was faulty");
        String charge = StripeFixtures.unique("ch_");
        String dashboardRefund = StripeFixtures.unique("re_");
        stripeListsRefunds(charge, refund(ours.processorRefundId(), charge, payment.processorId(), 5000),
                refund(dashboardRefund, charge, payment.processorId(), 6000));

        deliver(chargeRefunded(charge, payment.processorId(), 11000));

        awaitTrue(() -> notes.forInvoice(id).size() == 2 && invoices.view(id).status() == InvoiceStatus.REFUNDED);
        assertThat(payments.refundsFor(id)).extracting(RefundView::processorRefundId)
                .containsExactlyInAnyOrder(ours.processorRefundId(), dashboardRefund);
        assertThat(payments.refundsFor(id)).extracting(RefundView::amount)
                .containsExactlyInAnyOrder(Money.parse("50.00"), Money.parse("60.00"));
    }

    private long paidInvoice() throws Exception {
        long id = issued();
        deliver(completed(id, checkout.start(id, null), StripeFixtures.unique("pi_")));
        awaitTrue(() -> invoices.view(id).status() == InvoiceStatus.PAID);
        return id;
    }

    /** {@code refund.json} for this charge and PaymentIntent. */
    private static String refund(String refundId, String charge, String intent, long cents) {
        return StripeFixtures.read("refund.json")
                .replaceAll("\"id\": \"re_\\w+\"", "\"id\": \"" + refundId + "\"")
                .replaceAll("\"charge\": \"ch_\\w+\"", "\"charge\": \"" + charge + "\"")
                .replaceAll("\"payment_intent\": \"pi_\\w+\"", "\"payment_intent\": \"" + intent + "\"")
                .replaceAll("\"amount\": \\d+", "\"amount\": " + cents);
    }

    /** What {@code GET /v1/refunds?charge=} answers at the stub for this charge. */
    private static void stripeListsRefunds(String charge, String... refunds) {
        EmbeddedInfrastructure.startStripeStub().stubFor(get(urlPathEqualTo("/v1/refunds"))
                .withQueryParam("charge", equalTo(charge)).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"object\": \"list\", \"url\": \"/v1/refunds\", \"has_more\": false, \"data\": ["
                                + String.join(",", refunds) + "]}")));
    }

    /** {@code event.charge.refunded.json} for this charge: a new event ID each time, as Stripe's events have. */
    private static String chargeRefunded(String charge, String intent, long refundedCents) {
        String fixture = StripeFixtures.read("event.charge.refunded.json");
        String fixtureCharge = fixture.replaceAll("(?s)^.*?\"(ch_\\w+)\".*$", "$1");
        return new StripeFixtures.Event(fixture.replace("\"" + fixtureCharge + "\"", "\"" + charge + "\"")
                .replaceAll("\"amount\": \\d+", "\"amount\": 11000")
                .replaceAll("\"amount_captured\": \\d+", "\"amount_captured\": 11000")
                .replaceAll("\"amount_refunded\": \\d+", "\"amount_refunded\": " + refundedCents))
                .withNewId().withPaymentIntent(intent).json();
    }
}
