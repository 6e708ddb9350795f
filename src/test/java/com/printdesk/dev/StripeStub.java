package com.printdesk.dev;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import com.printdesk.payments.Payable;
import com.printdesk.payments.StripeFixtures;

/**
 * A stand-in for the Stripe API (WireMock, one per JVM) for the tests and the dev run. Creating a
 * Checkout session answers the fixture {@code checkout.session.open.json} with the ID derived from
 * the idempotency key and the amount, payable and expiry taken from the request (response
 * templating), so a test can predict the session ID; its {@code url} is the simulated Checkout page
 * the application serves from the test sources ({@link SimulatedCheckoutController}), relative so it
 * works on any port. Expiring a session answers it expired. Retrieving a session answers only once
 * {@link #answerPaid} was called for it; listing refunds answers an empty list unless stubbed.
 */
public final class StripeStub {

    /** Where the stub's Checkout sessions send the customer: the dev run's simulated Checkout page. */
    public static final String CHECKOUT_PAGE = "/dev/stripe/checkout/";

    private static final String FORM = "{{formData request.body 'form' urlDecode=true}}";

    private StripeStub() {
    }

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .globalTemplating(true));
        server.start();
        server.stubFor(post(urlEqualTo("/v1/checkout/sessions")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(FORM + createdSession())));
        server.stubFor(post(urlPathMatching("/v1/checkout/sessions/[^/]+/expire")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(expiredSession())));
        server.stubFor(post(urlEqualTo("/v1/refunds")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(FORM + createdRefund())));
        server.stubFor(get(urlPathEqualTo("/v1/refunds")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"object\": \"list\", \"data\": [], \"has_more\": false, \"url\": \"/v1/refunds\"}")));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /**
     * From now on retrieving {@code sessionId} answers {@code sessionJson} (see {@link #paidSession}), as
     * Stripe does once the customer has paid.
     */
    public static void answerPaid(WireMockServer server, String sessionId, String sessionJson) {
        server.stubFor(get(urlEqualTo("/v1/checkout/sessions/" + sessionId)).atPriority(5)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(sessionJson)));
    }

    /** {@code checkout.session.json} (complete, paid) for one of our sessions. */
    public static String paidSession(String sessionId, String paymentIntent, Payable payable, long cents, String currency) {
        return new StripeFixtures.Event(StripeFixtures.read("checkout.session.json")).withSessionId(sessionId)
                .withPaymentIntent(paymentIntent).withPayable(payable).withAmount(cents).withCurrency(currency).json();
    }

    /** The ID a created session gets: {@code cs_test_} plus the idempotency key. */
    static String sessionIdTemplate() {
        return "cs_test_{{request.headers.[Idempotency-Key]}}";
    }

    private static String createdSession() {
        String json = StripeFixtures.read("checkout.session.open.json");
        String id = json.substring(json.indexOf("cs_test_"), json.indexOf('"', json.indexOf("cs_test_")));
        return json.replace(id, sessionIdTemplate())
                .replaceAll("\"url\": \"[^\"]*\"", "\"url\": \"" + CHECKOUT_PAGE + sessionIdTemplate() + "\"")
                .replaceAll("\"success_url\": \"[^\"]*\"", "\"success_url\": \"" + rawField("success_url") + "\"")
                .replaceAll("\"cancel_url\": \"[^\"]*\"", "\"cancel_url\": \"" + rawField("cancel_url") + "\"")
                .replaceAll("\"amount_subtotal\": \\d+", "\"amount_subtotal\": " + field("line_items[0][price_data][unit_amount]"))
                .replaceAll("\"amount_total\": \\d+", "\"amount_total\": " + field("line_items[0][price_data][unit_amount]"))
                .replaceAll("\"currency\": \"\\w+\"", "\"currency\": \"" + field("line_items[0][price_data][currency]") + "\"")
                .replaceAll("\"expires_at\": \\d+", "\"expires_at\": " + field("expires_at"))
                .replaceAll("\"client_reference_id\": \"\\d+\"", "\"client_reference_id\": \"" + field("client_reference_id") + "\"")
                .replaceAll("\"invoice_id\": \"\\d+\",\\s*\"invoice_number\": \"[^\"]*\"",
                        "\"payable_type\": \"" + field("metadata[payable_type]") + "\", \"payable_id\": \""
                                + field("metadata[payable_id]") + "\"");
    }

    private static String expiredSession() {
        String json = StripeFixtures.read("checkout.session.open.json");
        String id = json.substring(json.indexOf("cs_test_"), json.indexOf('"', json.indexOf("cs_test_")));
        return json.replace(id, "{{request.pathSegments.[3]}}")
                .replace("\"status\": \"open\"", "\"status\": \"expired\"")
                .replaceAll("\"url\": \"[^\"]*\"", "\"url\": null");
    }

    /** A succeeded refund whose ID follows the idempotency key and whose amount and PaymentIntent follow the request. */
    private static String createdRefund() {
        return StripeFixtures.read("refund.json")
                .replaceAll("\"id\": \"re_\\w+\"", "\"id\": \"re_test_{{request.headers.[Idempotency-Key]}}\"")
                .replaceAll("\"amount\": \\d+", "\"amount\": " + field("amount"))
                .replaceAll("\"payment_intent\": \"pi_\\w+\"", "\"payment_intent\": \"" + field("payment_intent") + "\"");
    }

    /** Unescaped (Handlebars would HTML-escape the {@code =} and {@code &} of a URL). */
    private static String rawField(String name) {
        return "{{{lookup form '" + name + "'}}}";
    }

    private static String field(String name) {
        return "{{lookup form '" + name + "'}}";
    }
}
