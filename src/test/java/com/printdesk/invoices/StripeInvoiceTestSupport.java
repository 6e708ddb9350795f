package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.Payable;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.support.TestData;

/** What the tests of invoices paid through Stripe share: issued invoices, signed webhooks, waiting for listeners. */
abstract class StripeInvoiceTestSupport {

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

    /** An issued invoice for the client: one line at {@code exclusiveOfGst}, so "100.00" is $110.00. */
    long issued(AccountPrincipal owner, String exclusiveOfGst) {
        long id = invoices.createDraft(new InvoiceDraft(owner.clientId(),
                TestData.details("Ada", "Part", "1", exclusiveOfGst)));
        invoices.issue(id);
        return id;
    }

    /** A $110.00 invoice issued to the client. */
    long issued(AccountPrincipal owner) {
        return issued(owner, "100.00");
    }

    /** A $110.00 invoice issued to a new client. */
    long issued() {
        return issued(data.client());
    }

    /** Stripe's {@code checkout.session.completed} for the invoice's session, paid with the PaymentIntent. */
    static String completed(long invoiceId, CheckoutSession session, String intent) {
        return StripeFixtures.event("event.checkout.session.completed.json").withNewId()
                .withSessionId(session.sessionId()).withPaymentIntent(intent).withPayable(Payable.invoice(invoiceId))
                .withAmount(session.amount().cents()).json();
    }

    /** Posts the payload to the webhook, signed as Stripe signs it, and expects 200. */
    void deliver(String payload) throws Exception {
        deliver(payload, status().isOk());
    }

    void deliver(String payload, ResultMatcher expected) throws Exception {
        mvc.perform(post("/api/stripe/webhook").contentType(MediaType.APPLICATION_JSON).content(payload)
                .header("Stripe-Signature", StripeFixtures.sign(payload))).andExpect(expected);
    }

    /** Listeners run after commit, so what they change is awaited (20 s at most). */
    void awaitStatus(long id, InvoiceStatus expected) throws InterruptedException {
        waitFor(() -> invoices.view(id).status() == expected);
        assertThat(invoices.view(id).status()).isEqualTo(expected);
    }

    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        waitFor(condition);
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
