package com.printdesk.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.printdesk.dev.EmbeddedInfrastructure;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;

/** Checkout sessions against the WireMock stand-in for the Stripe API. */
@IntegrationTest
class CheckoutSessionsIntegrationTests {

    private static final String SUCCESS = "http://localhost/portal/invoices/1?paid";
    private static final String CANCEL = "http://localhost/portal/invoices/1";

    @Autowired
    CheckoutSessions sessions;

    @Autowired
    JdbcClient jdbc;

    private final WireMockServer stripe = EmbeddedInfrastructure.startStripeStub();
    private final Payable invoice = Payable.invoice(ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000_000L));

    @Test
    void opensASessionWithTheRequiredParametersAndReusesItWhileOpenAndUnchanged() {
        CheckoutSession first = open(Money.ofCents(24950));

        assertThat(first.generation()).isEqualTo(1);
        assertThat(first.idempotencyKey()).isEqualTo("checkout-INVOICE-" + invoice.id() + "-1");
        assertThat(first.sessionId()).isEqualTo("cs_test_" + first.idempotencyKey());
        assertThat(first.url()).isEqualTo("/dev/stripe/checkout/" + first.sessionId());
        assertThat(first.amount()).isEqualTo(Money.ofCents(24950));
        assertThat(first.expiresAt()).isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(24)));

        assertThat(open(Money.ofCents(24950))).isEqualTo(first);

        List<LoggedRequest> creates = createRequests(first.idempotencyKey());
        assertThat(creates).hasSize(1);
        String form = URLDecoder.decode(creates.get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form).contains("mode=payment", "line_items[0][quantity]=1",
                "line_items[0][price_data][unit_amount]=24950", "line_items[0][price_data][currency]=aud",
                "line_items[0][price_data][product_data][name]=Invoice INV-1",
                "client_reference_id=" + invoice.id(), "metadata[payable_type]=INVOICE",
                "metadata[payable_id]=" + invoice.id(), "metadata[invoice_number]=INV-1",
                "payment_intent_data[metadata][payable_type]=INVOICE",
                "payment_intent_data[metadata][payable_id]=" + invoice.id(),
                "payment_intent_data[metadata][invoice_number]=INV-1",
                "expires_at=" + first.expiresAt().getEpochSecond(), "success_url=" + SUCCESS, "cancel_url=" + CANCEL);
        assertThat(statuses()).containsExactly("OPEN");
    }

    @Test
    void aChangedAmountExpiresTheOpenSessionAtStripeAndOpensTheNextGeneration() {
        CheckoutSession first = open(Money.ofCents(24950));

        CheckoutSession second = open(Money.ofCents(20000));

        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions/" + first.sessionId() + "/expire"))))
                .hasSize(1);
        assertThat(second.generation()).isEqualTo(2);
        assertThat(second.sessionId()).isEqualTo("cs_test_checkout-INVOICE-" + invoice.id() + "-2");
        assertThat(second.amount()).isEqualTo(Money.ofCents(20000));
        assertThat(createRequests(second.idempotencyKey())).hasSize(1);
        assertThat(statuses()).containsExactly("EXPIRED", "OPEN");
    }

    @Test
    void aFailedCallIsRetriedWithTheStoredParametersAndTheSameIdempotencyKey() {
        String key = "checkout-INVOICE-" + invoice.id() + "-1";
        StubMapping outage = stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).atPriority(1)
                .withHeader("Idempotency-Key", equalTo(key))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"type\": \"invalid_request_error\", \"message\": \"try later\"}}")));
        try {
            assertThatThrownBy(() -> open(Money.ofCents(5000))).isInstanceOf(StripeUnavailable.class);
        }
        finally {
            stripe.removeStub(outage);
        }
        assertThat(statuses()).containsExactly("OPEN");

        CheckoutSession session = open(Money.ofCents(5000));

        assertThat(session.generation()).isEqualTo(1);
        List<LoggedRequest> creates = createRequests(key);
        assertThat(creates).hasSizeGreaterThanOrEqualTo(2);
        assertThat(creates).extracting(LoggedRequest::getBodyAsString).containsOnly(creates.get(0).getBodyAsString());
    }

    @Test
    void amountsUnderStripesMinimumAreRefused() {
        assertThatThrownBy(() -> open(Money.ofCents(49))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("$0.50");
        assertThat(open(Money.ofCents(50)).amount()).isEqualTo(Money.ofCents(50));
    }

    @Test
    void expireOpenExpiresTheSessionAtStripe() {
        CheckoutSession session = open(Money.ofCents(24950));

        sessions.expireOpen(invoice);

        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions/" + session.sessionId() + "/expire"))))
                .hasSize(1);
        assertThat(statuses()).containsExactly("EXPIRED");
        assertThat(open(Money.ofCents(24950)).generation()).isEqualTo(2);
    }

    private CheckoutSession open(Money amount) {
        return sessions.open(invoice, amount, "Invoice INV-1", Map.of("invoice_number", "INV-1"), SUCCESS, CANCEL);
    }

    private List<LoggedRequest> createRequests(String idempotencyKey) {
        return stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo(idempotencyKey)));
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT status FROM checkout_sessions WHERE payable_type = 'INVOICE' AND payable_id = ? ORDER BY generation")
                .param(invoice.id()).query(String.class).list();
    }
}
