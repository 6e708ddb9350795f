package com.printdesk.invoices;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.dev.EmbeddedInfrastructure;
import com.printdesk.dev.StripeStub;
import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentView;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;

/**
 * Back from Checkout with {@code ?session_id=}: the page asks Stripe about the session and records a paid
 * one itself, so the client sees "paid" before the webhook; webhook and page converge on one payment.
 */
@IntegrationTest
class CheckoutReturnPageIntegrationTests extends StripeInvoiceTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    com.printdesk.support.PublishedEvents events;

    @Test
    void checkoutSendsTheClientBackToTheInvoiceWithTheSessionIdTemplate() {
        AccountPrincipal owner = data.client();
        long id = issued(owner);
        checkout.start(id, owner.clientId());

        var create = EmbeddedInfrastructure.startStripeStub().findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        assertThat(create).anySatisfy(request -> assertThat(java.net.URLDecoder.decode(request.getBodyAsString(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("/portal/invoices/" + id + "?session_id={CHECKOUT_SESSION_ID}"));
    }

    @Test
    void aClientBackBeforeTheWebhookSeesPaidAndTheLateWebhookAddsNoSecondPayment() throws Exception {
        AccountPrincipal owner = data.client();
        long id = issued(owner);
        CheckoutSession session = checkout.start(id, owner.clientId());
        String intent = StripeFixtures.unique("pi_");
        stripePaid(id, session, intent);

        mvc.perform(get("/portal/invoices/" + id).param("session_id", session.sessionId()).with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Your payment has been received")))
                .andExpect(content().string(Matchers.containsString(">PAID<")));
        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.PAID);
        // paid by its own session, now complete: nothing to expire and no shop receipt, so those two
        // listeners are not even handed the event (each would cost a publication and three transactions)
        // published by whichever applied the payment first: this page or the PaymentRecorded listener
        assertThat(events.ofType(InvoiceEvents.InvoicePaid.class)).filteredOn(paid -> paid.invoiceId() == id)
                .singleElement().satisfies(paid -> {
                    assertThat(paid.checkoutOpen()).isFalse();
                    assertThat(paid.shopOrder()).isFalse();
                });

        deliver(completed(id, session, intent));
        mvc.perform(get("/portal/invoices/" + id).param("session_id", session.sessionId()).with(user(owner)))
                .andExpect(status().isOk());

        Thread.sleep(500); // the PaymentRecorded listener runs after commit; it must find the payment applied
        assertThat(payments.forInvoice(id)).extracting(PaymentView::processorId).containsExactly(intent);
        assertThat(payments.forInvoice(id)).as("seen twice, not an overpayment").noneMatch(PaymentView::flagged);
        assertThat(invoices.view(id).amountPaid()).isEqualTo(Money.parse("110.00"));
        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aClientBackAfterTheWebhookFindsTheOnePaymentItRecorded() throws Exception {
        AccountPrincipal owner = data.client();
        long id = issued(owner);
        CheckoutSession session = checkout.start(id, owner.clientId());
        String intent = StripeFixtures.unique("pi_");
        stripePaid(id, session, intent);
        deliver(completed(id, session, intent));
        awaitStatus(id, InvoiceStatus.PAID);

        mvc.perform(get("/portal/invoices/" + id).param("session_id", session.sessionId()).with(user(owner)))
                .andExpect(content().string(Matchers.containsString("Your payment has been received")));

        assertThat(payments.forInvoice(id)).extracting(PaymentView::processorId).containsExactly(intent);
        assertThat(payments.forInvoice(id)).as("seen twice, not an overpayment").noneMatch(PaymentView::flagged);
        assertThat(invoices.view(id).amountPaid()).isEqualTo(Money.parse("110.00"));
    }

    @Test
    void aSessionOfAnotherInvoiceOrClientChangesNothingAndIsNotLookedUp() throws Exception {
        AccountPrincipal owner = data.client();
        long paidFor = issued(owner);
        CheckoutSession session = checkout.start(paidFor, owner.clientId());
        stripePaid(paidFor, session, StripeFixtures.unique("pi_"));
        AccountPrincipal other = data.client();
        long othersInvoice = issued(other);
        long ownersOtherInvoice = issued(owner);

        mvc.perform(get("/portal/invoices/" + othersInvoice).param("session_id", session.sessionId()).with(user(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Your payment has been received"))));
        mvc.perform(get("/portal/invoices/" + ownersOtherInvoice).param("session_id", session.sessionId()).with(user(owner)))
                .andExpect(status().isOk());
        mvc.perform(get("/portal/invoices/" + paidFor).param("session_id", session.sessionId()).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/invoices/" + othersInvoice).param("session_id", "cs_test_made_up").with(user(other)))
                .andExpect(status().isOk());

        assertThat(EmbeddedInfrastructure.startStripeStub().findAll(
                getRequestedFor(urlEqualTo("/v1/checkout/sessions/" + session.sessionId())))).isEmpty();
        for (long id : new long[] {paidFor, othersInvoice, ownersOtherInvoice}) {
            assertThat(payments.forInvoice(id)).isEmpty();
            assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.ISSUED);
        }
    }

    /** What Stripe answers about the session once the client has paid on its page. */
    private static void stripePaid(long invoiceId, CheckoutSession session, String intent) {
        StripeStub.answerPaid(EmbeddedInfrastructure.startStripeStub(), session.sessionId(), StripeStub.paidSession(session.sessionId(), intent,
                Payable.invoice(invoiceId), session.amount().cents(), "aud"));
    }
}
