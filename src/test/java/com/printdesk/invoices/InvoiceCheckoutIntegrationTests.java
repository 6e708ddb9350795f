package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class InvoiceCheckoutIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePayments payments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    com.printdesk.support.PublishedEvents events;

    @Autowired
    TestData data;

    @Test
    void theOwningClientGetsASessionForTheBalanceAndOthersGetNotFound() throws Exception {
        AccountPrincipal owner = data.client();
        long id = issued(owner, "100.00");

        mvc.perform(post("/api/invoices/" + id + "/stripe-session").with(user(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amountCents").value(11000))
                .andExpect(jsonPath("$.url").value(org.hamcrest.Matchers.startsWith("/dev/stripe/checkout/cs_test_checkout-INVOICE-" + id)))
                .andExpect(jsonPath("$.generation").value(1));
        mvc.perform(post("/api/invoices/" + id + "/stripe-session").with(user(data.client())).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/invoices/" + id + "/stripe-session").with(user(data.adminPrincipal())).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.generation").value(1));
    }

    @Test
    void draftsAndPaidInvoicesCannotStartASession() throws Exception {
        AccountPrincipal owner = data.client();
        var admin = data.adminPrincipal();
        long draft = invoices.createDraft(new InvoiceDraft(owner.clientId(), TestData.details("Ada", "Part", "1", "10")));
        mvc.perform(post("/api/invoices/" + draft + "/stripe-session").with(user(admin)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot be paid online")));

        long paid = issued(owner, "10.00");
        payments.recordManual(paid, cash("11.00"));
        mvc.perform(post("/api/invoices/" + paid + "/stripe-session").with(user(admin)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get("/portal/invoices/" + paid).with(user(owner)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("pay-now"))));
    }

    @Test
    void aBalanceUnderFiftyCentsHasNoPayNow() throws Exception {
        AccountPrincipal owner = data.client();
        long id = issued(owner, "10.00");
        payments.recordManual(id, cash("10.70"));   // 0.30 left
        mvc.perform(post("/api/invoices/" + id + "/stripe-session").with(user(owner)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get("/portal/invoices/" + id).with(user(owner)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("pay-now"))));
    }

    @Test
    void payNowSendsTheClientToCheckoutAndSettlingTheInvoiceOtherwiseExpiresTheSession() throws Exception {
        AccountPrincipal owner = data.client();
        long id = issued(owner, "100.00");
        mvc.perform(get("/portal/invoices/" + id).with(user(owner)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Pay $110.00 now")));
        mvc.perform(post("/portal/invoices/" + id + "/pay").with(user(owner)).with(csrf()))
                .andExpect(redirectedUrlPattern("/dev/stripe/checkout/cs_test_checkout-INVOICE-" + id + "-*"));

        assertThat(invoices.stillOpen(id)).isTrue();
        payments.recordManual(id, new ManualPayment(PaymentMethod.BANK_TRANSFER, Money.parse("110.00"),
                LocalDate.now(), "EFT", null));
        assertThat(invoices.stillOpen(id)).as("paid: \"Pay now\" would expire a session it just opened").isFalse();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"EXPIRED".equals(sessionStatus(id)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sessionStatus(id)).isEqualTo("EXPIRED");
        assertThat(events.ofType(InvoiceEvents.InvoicePaid.class)).filteredOn(paid -> paid.invoiceId() == id)
                .singleElement().satisfies(paid -> {
                    assertThat(paid.checkoutOpen()).as("a session was open").isTrue();
                    assertThat(paid.shopOrder()).isFalse();
                });
    }

    private String sessionStatus(long invoiceId) {
        return jdbc.sql("SELECT status FROM checkout_sessions WHERE payable_type = 'INVOICE' AND payable_id = ? "
                + "ORDER BY generation DESC LIMIT 1").param(invoiceId).query(String.class).optional().orElse(null);
    }

    private long issued(AccountPrincipal owner, String price) {
        long id = invoices.createDraft(new InvoiceDraft(owner.clientId(), TestData.details("Ada", "Part", "1", price)));
        invoices.issue(id);
        return id;
    }

    private static ManualPayment cash(String amount) {
        return new ManualPayment(PaymentMethod.CASH, Money.parse(amount), LocalDate.now(), null, null);
    }
}
