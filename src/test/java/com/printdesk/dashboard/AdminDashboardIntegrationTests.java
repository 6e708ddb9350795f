package com.printdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.printdesk.activity.ActivityLog;
import com.printdesk.invoices.InvoiceFigures;
import com.printdesk.invoices.InvoiceFigures.Receivables;
import com.printdesk.quotes.QuoteFigures;
import com.printdesk.quotes.QuoteFigures.AwaitingAnswer;
import com.printdesk.quotes.Quotes;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.TestData;

/** The admin dashboard page: quotes awaiting an answer, what every client owes, recent activity with links. */
@IntegrationTest
class AdminDashboardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    Quotes quotes;

    @Autowired
    QuoteFigures quoteFigures;

    @Autowired
    InvoiceFigures invoiceFigures;

    @Autowired
    ActivityLog activity;

    @Autowired
    DashboardDocuments documents;

    @Autowired
    TestData data;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void quotesAwaitingAnAnswerAreSentAndNotExpiredAndOwedMoneyCoversEveryClient() throws Exception {
        // every other test's sent quote expires long before August 2046, so the quotes counted here are ours
        documents.moveTo(LocalDateTime.of(2046, 8, 10, 9, 0));
        long client = data.client().clientId();
        LocalDate today = LocalDate.of(2046, 8, 10);
        long open = documents.sent(client, "100.00", today.plusDays(20)); // $110.00
        long lastDay = documents.sent(client, "50.00", today); // $55.00, still open on its expiry date
        documents.sent(client, "60.00", today.minusDays(1));
        long accepted = documents.sent(client, "70.00", today.plusDays(5));
        quotes.accept(accepted, client);
        quotes.createDraft(client, TestData.details("Ada", "Draft", "1", "80.00"), null);

        assertThat(quoteFigures.awaitingAnswer()).isEqualTo(new AwaitingAnswer(2, Money.parse("165.00")));
        assertThat(quoteFigures.openCountForClient(client)).isEqualTo(2);
        assertThat(quoteFigures.openForClient(client, 5)).extracting(q -> q.id()).containsExactly(lastDay, open);

        Receivables all = invoiceFigures.receivables();
        ResultActions page = mvc.perform(get("/admin").with(user(data.adminPrincipal()))).andExpect(status().isOk());
        assertThat(PageText.of(page, "quotes-awaiting")).isEqualTo("2 quotes awaiting an answer ($165.00)");
        assertThat(PageText.of(page, "outstanding")).isEqualTo(all.outstanding().formatted() + " outstanding on "
                + invoiceCount(all.outstandingCount()));
        assertThat(PageText.of(page, "overdue")).isEqualTo(all.overdue().formatted() + " overdue on "
                + invoiceCount(all.overdueCount()));
    }

    @Test
    void recentActivityLinksToTheRecordsItIsAbout() throws Exception {
        // later than anything the other tests (which move the clock up to 2046) record
        documents.moveTo(LocalDateTime.of(2047, 1, 15, 9, 0));
        long invoice = documents.issued(data.client().clientId(), "12.34");
        String issued = "Invoice " + documents.number(invoice) + " issued";
        waitForActivity(issued);

        ResultActions page = mvc.perform(get("/admin").with(user(data.adminPrincipal()))).andExpect(status().isOk());
        assertThat(PageText.href(page, "recent-activity", issued)).isEqualTo("/admin/invoices/" + invoice);
    }

    private static String invoiceCount(int count) {
        return count + (count == 1 ? " invoice" : " invoices");
    }

    private void waitForActivity(String summary) throws InterruptedException {
        // activity is recorded by a listener after the publishing transaction commits
        for (int i = 0; i < 100; i++) {
            if (activity.recent(AdminDashboard.RECENT_ACTIVITY).stream().anyMatch(e -> e.summary().startsWith(summary))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No activity '" + summary + "' was recorded");
    }
}
