package com.printdesk.dashboard;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.TestData;

/** {@code /api/client/invoices} and {@code /api/client/dashboard}: the signed-in client's data, and only theirs. */
@IntegrationTest
class ClientApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    @Autowired
    MovableClock clock;

    @Autowired
    DashboardDocuments documents;

    @Autowired
    TestData data;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void invoicesArePagedNewestIssueDateFirstWithMoneyAsDecimalStrings() throws Exception {
        AccountPrincipal me = data.client();
        long oldest = documents.issued(me.clientId(), "100.00");
        clock.advance(Duration.ofDays(2));
        long middle = documents.issued(me.clientId(), "50.00");
        clock.advance(Duration.ofDays(2));
        long newest = documents.issued(me.clientId(), "20.00");
        documents.draft(me.clientId(), "5.00");
        AccountPrincipal other = data.client();
        documents.issued(other.clientId(), "999.00");
        InvoiceView first = invoices.view(newest);

        mvc.perform(get("/api/client/invoices").param("size", "2").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) newest, (int) middle)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.links.self").value(endsWith("/api/client/invoices?page=0&size=2")))
                .andExpect(jsonPath("$.links.next").value(endsWith("/api/client/invoices?page=1&size=2")))
                .andExpect(jsonPath("$.links.prev").doesNotExist())
                .andExpect(jsonPath("$.items[0].number").value(first.number()))
                .andExpect(jsonPath("$.items[0].status").value("ISSUED"))
                .andExpect(jsonPath("$.items[0].overdue").value(false))
                .andExpect(jsonPath("$.items[0].issueDate").value(first.issueDate().toString()))
                .andExpect(jsonPath("$.items[0].dueDate").value(first.dueDate().toString()))
                .andExpect(jsonPath("$.items[0].total").value("22.00"))
                .andExpect(jsonPath("$.items[0].balance").value("22.00"))
                .andExpect(jsonPath("$.items[0].currency").value("AUD"))
                .andExpect(jsonPath("$.items[0].links.html").value(endsWith("/portal/invoices/" + newest)))
                .andExpect(jsonPath("$.items[0].links.pdf").value(endsWith("/portal/invoices/" + newest + "/pdf")));

        mvc.perform(get("/api/client/invoices").param("page", "1").param("size", "2").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(contains((int) oldest)))
                .andExpect(jsonPath("$.items[0].total").value("110.00"))
                .andExpect(jsonPath("$.links.prev").value(endsWith("/api/client/invoices?page=0&size=2")))
                .andExpect(jsonPath("$.links.next").doesNotExist());

        mvc.perform(get("/api/client/invoices").with(user(other)))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].total").value("1098.90"));
        mvc.perform(get("/api/client/invoices").with(user(data.client())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void badPageParametersAreAProblemDetail() throws Exception {
        AccountPrincipal me = data.client();
        String[][] bad = {{"page", "-1"}, {"size", "0"}, {"size", "101"}, {"page", "first"}};
        for (String[] parameter : bad) {
            mvc.perform(get("/api/client/invoices").param(parameter[0], parameter[1]).with(user(me)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400));
        }
        mvc.perform(get("/api/client/invoices").param("size", "101").with(user(me)))
                .andExpect(jsonPath("$.detail").value("size must be between 1 and 100"));
        mvc.perform(get("/api/client/invoices").param("size", "100").with(user(me))).andExpect(status().isOk());
    }

    @Test
    void theDashboardHasTheClientsOwnFigures() throws Exception {
        AccountPrincipal me = data.client();
        long overdue = documents.issued(me.clientId(), "100.00"); // $110.00
        // payment terms are at most 365 days
        clock.advance(Duration.ofDays(400));
        long current = documents.issued(me.clientId(), "50.00"); // $55.00
        documents.sent(me.clientId(), "10.00", null);
        AccountPrincipal other = data.client();
        documents.issued(other.clientId(), "999.00");

        mvc.perform(get("/api/client/dashboard").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outstanding.amount").value("165.00"))
                .andExpect(jsonPath("$.outstanding.invoices").value(2))
                .andExpect(jsonPath("$.overdue.amount").value("110.00"))
                .andExpect(jsonPath("$.overdue.invoices").value(1))
                .andExpect(jsonPath("$.currency").value("AUD"))
                .andExpect(jsonPath("$.openQuotes").value(1))
                .andExpect(jsonPath("$.recentInvoices[*].id").value(contains((int) current, (int) overdue)))
                .andExpect(jsonPath("$.recentInvoices[1].overdue").value(true))
                .andExpect(jsonPath("$.links.payNow").value(endsWith("/portal/invoices?unpaid=true")));

        mvc.perform(get("/api/client/dashboard").with(user(data.client())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outstanding.amount").value("0.00"))
                .andExpect(jsonPath("$.outstanding.invoices").value(0))
                .andExpect(jsonPath("$.openQuotes").value(0))
                .andExpect(jsonPath("$.recentInvoices", hasSize(0)))
                .andExpect(jsonPath("$.links.payNow").value(nullValue()));
    }

    @Test
    void anAdminIsForbiddenAndAnAnonymousCallerUnauthorised() throws Exception {
        AccountPrincipal admin = data.adminPrincipal();
        for (String path : new String[] {"/api/client/invoices", "/api/client/dashboard"}) {
            mvc.perform(get(path).with(user(admin)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403));
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(data.adminPrincipal())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/client/invoices'].get.parameters[*].name").value(contains("page", "size")))
                .andExpect(jsonPath("$.paths['/api/client/invoices'].get.responses['400']").exists())
                .andExpect(jsonPath("$.paths['/api/client/dashboard'].get.responses['200']").exists())
                .andExpect(jsonPath("$.components.schemas.ClientInvoice.properties.total.type").value("string"));
    }
}
