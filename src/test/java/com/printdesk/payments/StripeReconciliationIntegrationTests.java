package com.printdesk.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.printdesk.dev.EmbeddedInfrastructure;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;

/** A payment whose webhook never arrived is found by reconciliation and recorded once. */
@IntegrationTest
class StripeReconciliationIntegrationTests {

    @Autowired
    CheckoutSessions sessions;

    @Autowired
    StripeReconciliation.Reconciler reconciler;

    @Autowired
    Payments payments;

    @Autowired
    JdbcClient jdbc;

    private final WireMockServer stripe = EmbeddedInfrastructure.startStripeStub();

    @Test
    void aPaidSessionWithoutAWebhookIsRecordedOnce() {
        // an invoice ID no invoice has: nothing applies the payment, so only reconciliation's own flagging shows
        // (money for a checkout attempt that does not exist is flagged by ordering, after commit)
        Payable payable = Payable.invoice(8_000_000_000L + System.nanoTime() % 1_000_000);
        CheckoutSession session = sessions.open(payable, Money.ofCents(4200), "Order", Map.of(),
                "https://print.example/ok", "https://print.example/cancel");
        jdbc.sql("UPDATE checkout_sessions SET created_at = ? WHERE stripe_session_id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(30))), session.sessionId()).update();
        String intent = StripeFixtures.unique("pi_");
        String paid = JsonParser.parseString(StripeFixtures.event("event.checkout.session.completed.json")
                .withSessionId(session.sessionId()).withPaymentIntent(intent).withPayable(payable).withAmount(4200)
                .json()).getAsJsonObject().getAsJsonObject("data").getAsJsonObject("object").toString();
        StubMapping retrieve = stripe.stubFor(get(urlPathEqualTo("/v1/checkout/sessions/" + session.sessionId()))
                .atPriority(1).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(paid)));
        try {
            assertThat(reconciler.run()).isGreaterThanOrEqualTo(1);
            reconciler.run();
        }
        finally {
            stripe.removeStub(retrieve);
        }

        assertThat(payments.forPayable(payable)).singleElement().satisfies(payment -> {
            assertThat(payment.processorId()).isEqualTo(intent);
            assertThat(payment.amount()).isEqualTo(Money.ofCents(4200));
            assertThat(payment.flagged()).isFalse();
        });
        assertThat(jdbc.sql("SELECT status FROM checkout_sessions WHERE stripe_session_id = ?").param(session.sessionId())
                .query(String.class).single()).isEqualTo("COMPLETE");
    }
}
