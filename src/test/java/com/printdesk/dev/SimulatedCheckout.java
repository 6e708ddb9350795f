package com.printdesk.dev;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.printdesk.payments.Payable;
import com.printdesk.shared.Money;

/**
 * A Checkout session as the Stripe stub knows it: read back from the create request in its journal,
 * since the stub keeps no state of its own. The session ID is {@code cs_test_} + the idempotency key.
 */
record SimulatedCheckout(String sessionId, Payable payable, Money amount, String currency, String description,
        String invoiceNumber, String successUrl, String cancelUrl) {

    static Optional<SimulatedCheckout> find(WireMockServer stub, String sessionId) {
        if (!sessionId.startsWith("cs_test_")) {
            return Optional.empty();
        }
        String key = sessionId.substring("cs_test_".length());
        List<LoggedRequest> creates = stub.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        for (int i = creates.size() - 1; i >= 0; i--) {
            if (key.equals(creates.get(i).getHeader("Idempotency-Key"))) {
                return Optional.of(of(sessionId, form(creates.get(i).getBodyAsString())));
            }
        }
        return Optional.empty();
    }

    private static SimulatedCheckout of(String sessionId, Map<String, String> form) {
        Payable payable = new Payable(Payable.PayableType.valueOf(form.get("metadata[payable_type]")),
                Long.parseLong(form.get("metadata[payable_id]")));
        return new SimulatedCheckout(sessionId, payable,
                Money.ofCents(Long.parseLong(form.get("line_items[0][price_data][unit_amount]"))),
                form.get("line_items[0][price_data][currency]"),
                form.get("line_items[0][price_data][product_data][name]"), form.get("metadata[invoice_number]"),
                form.get("success_url"), form.get("cancel_url"));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
