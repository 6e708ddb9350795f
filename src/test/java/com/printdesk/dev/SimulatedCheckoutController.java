package com.printdesk.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.printdesk.payments.StripeFixtures;
import com.printdesk.payments.StripeProperties;
import com.printdesk.shared.AppUrl;
import com.printdesk.shared.NotFound;

/**
 * "Simulate Stripe": the Checkout page of the dev run and the browser tests, where the Stripe API is
 * the in-process stub and checkout.stripe.com cannot be reached. It lives in the test sources, so a
 * production build never contains it. Paying does what Stripe does: the session turns paid (the stub
 * answers it so from now on), a signed {@code checkout.session.completed} goes to the application's
 * own webhook, and the customer is sent to the success URL with the session ID filled in.
 */
@Controller
@RequestMapping(StripeStub.CHECKOUT_PAGE)
class SimulatedCheckoutController {

    private static final Logger log = LoggerFactory.getLogger(SimulatedCheckoutController.class);

    private final StripeProperties stripe;
    private final AppUrl appUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SimulatedCheckoutController(StripeProperties stripe, AppUrl appUrl) {
        this.stripe = stripe;
        this.appUrl = appUrl;
    }

    @GetMapping("{sessionId}")
    String show(@PathVariable String sessionId, Model model) {
        model.addAttribute("checkout", session(sessionId));
        return "dev/stripe-checkout";
    }

    @PostMapping("{sessionId}/pay")
    String pay(@PathVariable String sessionId, HttpServletRequest request) throws InterruptedException {
        SimulatedCheckout checkout = session(sessionId);
        String paymentIntent = "pi_sim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        String session = StripeStub.paidSession(sessionId, paymentIntent, checkout.payable(),
                checkout.amount().cents(), checkout.currency());
        if (checkout.invoiceNumber() != null) {
            session = session.replaceAll("\"invoice_number\": \"[^\"]*\"",
                    "\"invoice_number\": \"" + checkout.invoiceNumber() + "\"");
        }
        StripeStub.answerPaid(EmbeddedInfrastructure.startStripeStub(), sessionId, session);
        deliverWebhook(request, StripeFixtures.event("event.checkout.session.completed.json").withNewId()
                .withDataObject(session).json()
                .replaceFirst("\"created\": \\d+", "\"created\": " + Instant.now().getEpochSecond()));
        return "redirect:" + backToApp(checkout.successUrl().replace("{CHECKOUT_SESSION_ID}", sessionId), request);
    }

    @PostMapping("{sessionId}/cancel")
    String cancel(@PathVariable String sessionId, HttpServletRequest request) {
        return "redirect:" + backToApp(session(sessionId).cancelUrl(), request);
    }

    private SimulatedCheckout session(String sessionId) {
        return SimulatedCheckout.find(EmbeddedInfrastructure.startStripeStub(), sessionId)
                .orElseThrow(() -> new NotFound("Checkout session"));
    }

    /** Signed with the endpoint secret, as Stripe signs it; posted to the port this request came in on. */
    private void deliverWebhook(HttpServletRequest request, String payload) throws InterruptedException {
        URI webhook = URI.create("http://127.0.0.1:" + request.getLocalPort() + "/api/stripe/webhook");
        HttpRequest delivery = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Stripe-Signature", StripeFixtures.sign(payload, Instant.now().getEpochSecond(),
                        stripe.webhookSecret()))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        try {
            HttpResponse<String> answer = http.send(delivery, HttpResponse.BodyHandlers.ofString());
            log.info("Simulated Stripe delivered checkout.session.completed: {} {}", answer.statusCode(), answer.body());
        }
        catch (java.io.IOException ex) {
            // Stripe would retry; the success page records the payment from the session anyway
            log.warn("Simulated Stripe could not deliver its webhook: {}", ex.getMessage());
        }
    }

    /**
     * Return URLs are built from APP_URL; the browser may reach this run under another host or port
     * (a test's random port, 127.0.0.1), where its session cookie lives, so send it back there.
     */
    private String backToApp(String url, HttpServletRequest request) {
        String configured = appUrl.uri().toString();
        if (url.startsWith(configured)) {
            return ServletUriComponentsBuilder.fromContextPath(request).toUriString() + url.substring(configured.length());
        }
        return url;
    }
}
