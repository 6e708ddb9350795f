package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.support.IntegrationTest;
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

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aPageOfInvoicesCostsAFixedNumberOfStatementsWhateverItShows() throws Exception {
        var admin = data.adminPrincipal();
        long client = data.client().clientId();
        invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Part", "1", "10.00")));
        long oneRow = statementsFor(admin, "/admin/invoices?clientId=" + client);

        for (int i = 0; i < 60; i++) {
            long id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Part", "2", "10.00")));
            if (i % 2 == 0) {
                invoices.issue(id);
            }
        }
        long firstFullPage = statementsFor(admin, "/admin/invoices?clientId=" + client);
        long secondFullPage = statementsFor(admin, "/admin/invoices?page=1&clientId=" + client);

        // the page query, plus the count query once there is more than one page: never one per row
        assertThat(oneRow).isLessThanOrEqualTo(3);
        assertThat(firstFullPage).isEqualTo(secondFullPage).isLessThanOrEqualTo(3);
    }

    private long statementsFor(com.printdesk.accounts.AccountPrincipal admin, String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        mvc.perform(get(url).with(user(admin))).andExpect(status().isOk());
        long count = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        return count;
    }
}
