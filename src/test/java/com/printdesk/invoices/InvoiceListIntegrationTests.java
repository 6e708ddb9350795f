package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.shared.DocumentDetails;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class InvoiceListIntegrationTests {

    @Autowired
    Invoices invoices;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theOverdueFilterShowsOnlyOpenInvoicesPastTheirDueDate() throws Exception {
        long client = data.client().clientId();
        long late = invoices.createDraft(new InvoiceDraft(client, TestData.details("Late Payer", "Part", "1", "10")));
        long onTime = invoices.createDraft(new InvoiceDraft(client, TestData.details("On Time", "Part", "1", "10")));
        String lateNumber = invoices.issue(late).number();
        String onTimeNumber = invoices.issue(onTime).number();
        jdbc.sql("UPDATE invoices SET due_date = ? WHERE id = ?").params(LocalDate.now().minusDays(3), late).update();

        var page = invoices.search(new InvoiceFilter(null, client, null, true), PageRequest.of(0, 25));
        assertThat(page.getContent()).extracting(InvoiceSummary::id).containsExactly(late);
        assertThat(page.getContent().get(0).displayStatus()).isEqualTo("OVERDUE");

        mvc.perform(get("/admin/invoices").param("overdue", "true").with(user(data.adminPrincipal())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(lateNumber)))
                .andExpect(content().string(not(containsString(onTimeNumber))));
    }

    @Test
    void searchTreatsPercentAndUnderscoreAsPlainCharacters() {
        long client = data.client().clientId();
        long literal = invoices.createDraft(new InvoiceDraft(client, details("100% Plastics_Co")));
        long other = invoices.createDraft(new InvoiceDraft(client, details("1000 Plastics Co")));

        assertThat(invoices.search(new InvoiceFilter(null, client, "100%", false), PageRequest.of(0, 25)).getContent())
                .extracting(InvoiceSummary::id).containsExactly(literal);
        assertThat(invoices.search(new InvoiceFilter(null, client, "s_c", false), PageRequest.of(0, 25)).getContent())
                .extracting(InvoiceSummary::id).containsExactly(literal);
        assertThat(invoices.search(new InvoiceFilter(null, client, "plastics", false), PageRequest.of(0, 25))
                .getContent()).extracting(InvoiceSummary::id).containsExactlyInAnyOrder(literal, other);
    }

    private static DocumentDetails details(String buyer) {
        DocumentDetails details = TestData.details(buyer, "Part", "1", "10");
        return new DocumentDetails(details.priceEntry(), new DocumentDetails.BillTo(buyer, null, null, null, null),
                details.items(), null, null, null, null, null);
    }

    @Test
    void pagingKeepsTheSearchInThePreviousAndNextLinks() throws Exception {
        String name = "Pager " + UUID.randomUUID().toString().substring(0, 8);
        long client = data.client().clientId();
        for (int i = 0; i <= AdminInvoiceController.PAGE_SIZE; i++) {
            invoices.createDraft(new InvoiceDraft(client, TestData.details(name, "Part", "1", "10")));
        }
        String search = "/admin/invoices?q=" + name.replace(" ", "%20") + "&amp;status=&amp;overdue=false&amp;page=";

        mvc.perform(get("/admin/invoices").param("q", name).with(user(data.adminPrincipal())))
                .andExpect(content().string(containsString("<span>Page 1 of 2 (26 invoices)</span>")))
                .andExpect(content().string(containsString("<a href=\"" + search + "1\">Next</a>")))
                .andExpect(content().string(not(containsString(">Previous</a>"))));
        mvc.perform(get("/admin/invoices").param("q", name).param("page", "1").with(user(data.adminPrincipal())))
                .andExpect(content().string(containsString("<a href=\"" + search + "0\">Previous</a>")))
                .andExpect(content().string(containsString("<span>Page 2 of 2 (26 invoices)</span>")))
                .andExpect(content().string(not(containsString(">Next</a>"))));
    }
}
