package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.support.IntegrationTest;
import com.printdesk.support.StatementCounter;
import com.printdesk.support.TestData;

/** The invoice list reads a page with a fixed number of statements, however many invoices it shows. */
@IntegrationTest
class InvoiceListQueriesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    @Autowired
    TestData data;


    @Test
    void aPageOfInvoicesCostsAFixedNumberOfStatementsWhateverItShows() throws Exception {
        var admin = data.adminPrincipal();
        long client = data.client().clientId();
        invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Part", "1", "10.00")));
        java.util.List<String> oneRow = statementsFor(admin, "/admin/invoices?clientId=" + client);

        for (int i = 0; i < 60; i++) {
            long id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Part", "2", "10.00")));
            if (i % 2 == 0) {
                invoices.issue(id);
            }
        }
        java.util.List<String> firstFullPage = statementsFor(admin, "/admin/invoices?clientId=" + client);
        java.util.List<String> secondFullPage = statementsFor(admin, "/admin/invoices?page=1&clientId=" + client);

        // a handful of statements per page (the account check, the navigation's unread message count, the
        // page query, the count once there are more pages, session and settings housekeeping), never one per row
        assertThat(oneRow).as("statements for a page of one row").hasSizeBetween(2, 6);
        assertThat(firstFullPage).as("statements for a full page").hasSizeLessThanOrEqualTo(6)
                .hasSameSizeAs(secondFullPage);
        assertThat(firstFullPage.stream().filter(sql -> sql.contains("FROM invoices") && !sql.contains("count(*)")))
                .as("one query reads the page's invoices").hasSize(1);
    }

    /**
     * Every statement the request prepares on its thread, JPA or plain JDBC. The request runs once
     * before it is counted, so a settings cache refresh (every 15 s) never lands in the count.
     */
    private java.util.List<String> statementsFor(com.printdesk.accounts.AccountPrincipal admin, String url) throws Exception {
        mvc.perform(get(url).with(user(admin))).andExpect(status().isOk());
        StatementCounter.start();
        mvc.perform(get(url).with(user(admin))).andExpect(status().isOk());
        return StatementCounter.stop();
    }
}
