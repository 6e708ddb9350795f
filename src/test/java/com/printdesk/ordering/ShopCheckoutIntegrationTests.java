package com.printdesk.ordering;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.printdesk.ordering.ShopOrderFixtures.await;
import static com.printdesk.ordering.ShopOrderFixtures.completed;
import static com.printdesk.ordering.ShopOrderFixtures.payable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.catalog.MaterialView;
import com.printdesk.dev.EmbeddedInfrastructure;
import com.printdesk.files.OrderFileKind;
import com.printdesk.files.OrderFileView;
import com.printdesk.files.OrderFiles;
import com.printdesk.invoices.InvoiceStatus;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.jobs.JobView;
import com.printdesk.jobs.PrintJobs;
import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.CheckoutSessions;
import com.printdesk.payments.Payable;
import com.printdesk.payments.Payments;
import com.printdesk.payments.StripeFixtures;
import com.printdesk.shared.LineItem;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/**
 * The shop end to end: upload → sliced price → checkout → Stripe's signed webhook → a PAID invoice with the
 * order's lines and delivery, the payment on it, and print jobs. The server's price is what is charged.
 */
@IntegrationTest
class ShopCheckoutIntegrationTests {

    static final String CONTACT = "\"contact\":{\"name\":\"Grace Hopper\",\"email\":\"grace@example.com\",\"phone\":\"0400 000 001\"}";
    static final String SHIPPING = "\"delivery\":{\"method\":\"SHIPPING\",\"street\":\"1 George St\",\"suburb\":\"Sydney\","
            + "\"state\":\"NSW\",\"postcode\":\"2000\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ShopFixtures shop;

    @Autowired
    ShopOrderFixtures orders;

    @Autowired
    CheckoutSessions sessions;

    @Autowired
    Invoices invoices;

    @Autowired
    Payments payments;

    @Autowired
    PrintJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderFiles orderFiles;

    @Test
    void uploadPriceCheckoutAndAPaidWebhookMakeOnePaidInvoiceWithJobsChargedAtTheServersPrice() throws Exception {
        AccountPrincipal me = data.client();
        MaterialView pla = shop.material("1.24", "0.0500");
        shop.printer(pla, "3.0000", false);
        long cube = shop.upload(me, "xyz_calibration_cube.stl")[0];
        String order = "\"items\":[" + ShopFixtures.item(cube, pla.id(), 2) + "]," + SHIPPING;
        String quote = shop.quoteWhenPriced(me, "{" + order + "}");
        assertThat((Boolean) JsonPath.read(quote, "$.ready")).isTrue();
        Money quoted = Money.parse(JsonPath.read(quote, "$.total"));

        String body = "{" + order + "," + CONTACT + ",\"total\":\"0.01\",\"subtotal\":\"0.01\"}";
        String answer = checkout(me, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").isNotEmpty()).andReturn().getResponse().getContentAsString();
        long attemptId = ((Number) JsonPath.read(answer, "$.attemptId")).longValue();
        String url = JsonPath.read(answer, "$.url");

        CheckoutAttempt attempt = orders.find(attemptId);
        assertThat(attempt.status()).isEqualTo(AttemptStatus.OPEN);
        assertThat(attempt.total()).as("the server's price, not the page's").isEqualTo(quoted);
        assertThat(attempt.retainUntil()).isAfterOrEqualTo(attempt.createdAt().plus(java.time.Duration.ofDays(4)));
        assertThat(attempt.order().items()).singleElement().satisfies(item -> {
            assertThat(item.choice().fileId()).isEqualTo(cube);
            assertThat(item.tmpKey()).startsWith(me.userId() + "/");
            assertThat(item.sliceId()).isPositive();
        });
        LoggedRequest create = sessionCreate(attemptId);
        String form = URLDecoder.decode(create.getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form).contains("line_items[0][price_data][unit_amount]=" + quoted.cents())
                .contains("metadata[payable_type]=CHECKOUT_ATTEMPT", "metadata[payable_id]=" + attemptId)
                .contains("/portal/order/attempts/" + attemptId + "?session_id={CHECKOUT_SESSION_ID}")
                .doesNotContain("invoice_number");
        assertThat(java.util.Arrays.stream(form.split("&")).map(pair -> pair.substring(0, pair.indexOf('=')))
                .filter(key -> key.contains("metadata")))
                .as("payable_type and payable_id only, on the session and its PaymentIntent")
                .containsExactlyInAnyOrder("metadata[payable_type]", "metadata[payable_id]",
                        "payment_intent_data[metadata][payable_type]", "payment_intent_data[metadata][payable_id]");

        String again = checkout(me, body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(again, "$.attemptId")).longValue()).as("a double click").isEqualTo(attemptId);
        assertThat((String) JsonPath.read(again, "$.url")).isEqualTo(url);

        CheckoutSession session = sessionOf(attemptId);
        String intent = StripeFixtures.unique("pi_");
        String webhook = completed(payable(attemptId), session, intent);
        deliver(webhook);
        await("fulfilled", () -> orders.find(attemptId).status() == AttemptStatus.FULFILLED);

        InvoiceView invoice = invoices.view(orders.find(attemptId).invoiceId());
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.totals().total()).isEqualTo(quoted);
        assertThat(invoice.delivery()).isEqualTo("1 George St, Sydney NSW 2000");
        assertThat(invoice.details().billTo().name()).isEqualTo("Grace Hopper");
        LineItem printed = invoice.items().get(0);
        assertThat(printed.materialId()).isEqualTo(pla.id());
        assertThat(printed.grams()).isPositive();
        assertThat(printed.printHours()).isPositive();
        assertThat(payments.forPayable(Payable.invoice(invoice.id()))).singleElement()
                .satisfies(payment -> assertThat(payment.processorId()).isEqualTo(intent));
        ShopOrderFixtures.awaitJobs("a job for the printed line", () -> jobs.forInvoice(invoice.id()).size() == 1);
        JobView job = jobs.forInvoice(invoice.id()).get(0);
        assertThat(job.quantity()).isEqualByComparingTo("2");
        boolean sliced = !attempt.order().items().get(0).estimate();
        assertThat(orderFiles.forInvoice(invoice.id())).as("the model, and the G-code when PrusaSlicer made one")
                .extracting(OrderFileView::name).containsExactlyInAnyOrderElementsOf(sliced
                        ? List.of("xyz_calibration_cube.stl", "xyz_calibration_cube.gcode")
                        : List.of("xyz_calibration_cube.stl"));
        assertThat(orderFiles.forClient(invoice.id(), me.clientId())).as("G-code is the bureau's")
                .extracting(OrderFileView::kind).containsOnly(OrderFileKind.MODEL);

        deliver(webhook);
        Thread.sleep(1500);
        assertThat(jdbc.sql("SELECT count(*) FROM invoices WHERE shop_attempt_id = ?").param(attemptId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(payments.forPayable(Payable.invoice(invoice.id()))).hasSize(1);
        assertThat(jobs.forInvoice(invoice.id())).extracting(JobView::id).containsExactly(job.id());
        assertThat(orderFiles.forInvoice(invoice.id())).hasSize(sliced ? 2 : 1);
    }

    @Test
    void anOrderThatCannotBePricedIsRefusedWithTheReasonAndNotStored() throws Exception {
        AccountPrincipal me = data.client();
        MaterialView pla = shop.material("1.24", "0.0500");
        shop.printer(pla, 15, 15, 15, "3.0000", false);
        long cube = shop.upload(me, "xyz_calibration_cube.stl")[0];

        checkout(me, "{\"items\":[" + ShopFixtures.item(cube, pla.id(), 1) + "],\"delivery\":{\"method\":\"PICKUP\"},"
                + CONTACT + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("xyz_calibration_cube.stl")));
        assertThat(jdbc.sql("SELECT count(*) FROM checkout_attempts WHERE user_id = ?").param(me.userId())
                .query(Long.class).single()).isZero();
    }

    private ResultActions checkout(AccountPrincipal me, String json) throws Exception {
        return mvc.perform(post("/api/quick-order/checkout").contentType(MediaType.APPLICATION_JSON).content(json)
                .with(user(me)).with(csrf()));
    }

    private CheckoutSession sessionOf(long attemptId) {
        String id = jdbc.sql("""
                SELECT stripe_session_id FROM checkout_sessions
                WHERE payable_type = 'CHECKOUT_ATTEMPT' AND payable_id = ? AND status = 'OPEN'""")
                .param(attemptId).query(String.class).single();
        return sessions.bySessionId(id).orElseThrow();
    }

    private static LoggedRequest sessionCreate(long attemptId) {
        List<LoggedRequest> creates = EmbeddedInfrastructure.startStripeStub()
                .findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        return creates.stream()
                .filter(r -> ("checkout-CHECKOUT_ATTEMPT-" + attemptId + "-1").equals(r.getHeader("Idempotency-Key")))
                .findFirst().orElseThrow();
    }

    private void deliver(String payload) throws Exception {
        mvc.perform(post("/api/stripe/webhook").contentType(MediaType.APPLICATION_JSON).content(payload)
                .header("Stripe-Signature", StripeFixtures.sign(payload))).andExpect(status().isOk());
    }
}
