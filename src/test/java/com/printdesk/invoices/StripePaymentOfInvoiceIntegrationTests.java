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
