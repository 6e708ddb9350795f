package com.printdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.invoices.InvoicePayments;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.quotes.Quotes;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** The client's portal dashboard: what they owe and where to pay it, quotes to answer, latest invoices; only theirs. */
@IntegrationTest
class PortalDashboardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InvoicePayments payments;

    @Autowired
    Quotes quotes;

    @Autowired
    DashboardDocuments documents;

    @Autowired
    TestData data;

    @Test
    void aClientSeesTheirBalanceOpenQuotesAndRecentInvoicesAndNothingOfAnotherClient() throws Exception {
        AccountPrincipal me = data.client();
        long first = documents.issued(me.clientId(), "100.00"); // $110.00
        long second = documents.issued(me.clientId(), "50.00"); // $55.00
        long paid = documents.issued(me.clientId(), "10.00");
        payments.recordManual(paid, new ManualPayment(PaymentMethod.CASH, Money.parse("11.00"), LocalDate.now(), null, null));
        long draftInvoice = documents.draft(me.clientId(), "5.00");
        long openQuote = documents.sent(me.clientId(), "80.00", null);
        long accepted = documents.sent(me.clientId(), "20.00", null);
        quotes.accept(accepted, me.clientId());

        AccountPrincipal other = data.client();
        long theirInvoice = documents.issued(other.clientId(), "999.00");
        long theirQuote = documents.sent(other.clientId(), "777.00", null);

        ResultActions page = mvc.perform(get("/portal").with(user(me))).andExpect(status().isOk());

        assertThat(PageText.of(page, "balance")).isEqualTo("Your balance $165.00 outstanding on 2 invoices Pay now");
        assertThat(PageText.href(page, "balance", "Pay now")).isEqualTo("/portal/invoices?unpaid=true");
        assertThat(PageText.of(page, "open-quotes")).contains(quotes.view(openQuote).number())
                .doesNotContain(quotes.view(accepted).number()).doesNotContain(quotes.view(theirQuote).number());
        assertThat(PageText.of(page, "recent-invoices"))
                .contains(documents.number(first), documents.number(second), documents.number(paid))
                .doesNotContain("Draft #" + draftInvoice).doesNotContain(documents.number(theirInvoice));
        assertThat(page.andReturn().getResponse().getContentAsString()).doesNotContain(documents.number(theirInvoice))
                .doesNotContain("$1,098.90").doesNotContain("$854.70");

        // "Pay now" leads to the unpaid ones only
        String unpaid = mvc.perform(get("/portal/invoices").param("unpaid", "true").with(user(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unpaid).contains("Unpaid invoices", documents.number(first), documents.number(second))
                .doesNotContain(documents.number(paid));
    }

    @Test
    void withOneUnpaidInvoicePayNowOpensIt() throws Exception {
        AccountPrincipal me = data.client();
        long invoice = documents.issued(me.clientId(), "40.00");

        ResultActions page = mvc.perform(get("/portal").with(user(me))).andExpect(status().isOk());

        assertThat(PageText.of(page, "balance")).isEqualTo("Your balance $44.00 outstanding on 1 invoice Pay now");
        assertThat(PageText.href(page, "balance", "Pay now")).isEqualTo("/portal/invoices/" + invoice);
    }

    @Test
    void aNewClientSeesEmptyStatesAndNoPayNow() throws Exception {
        ResultActions page = mvc.perform(get("/portal").with(user(data.client()))).andExpect(status().isOk());

        assertThat(PageText.of(page, "balance")).isEqualTo("Your balance You owe nothing. Thank you!");
        assertThat(PageText.href(page, "balance", "Pay now")).isNull();
        assertThat(PageText.of(page, "open-quotes")).contains("No quotes are waiting for you.");
        assertThat(PageText.of(page, "recent-invoices")).contains("You have no invoices yet.");
    }
}
