package com.printdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.printdesk.activity.ActivityLog;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.InvoiceFigures;
import com.printdesk.invoices.InvoiceFigures.Receivables;
import com.printdesk.invoices.InvoicePayments;
import com.printdesk.invoices.Invoices;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.PaymentFigures;
import com.printdesk.payments.PaymentFigures.Received;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.payments.PaymentView;
import com.printdesk.quotes.QuoteFigures;
import com.printdesk.quotes.Quotes;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.TestData;

/**
 * The dashboard figures against a known data set. Tests share one database, so money received is
 * checked in a month no other test writes to (the clock is moved to 2046; payments are dated and
 * refunds made there), and what is owed is checked for this test's own client. Every invoice line is
 * GST-exclusive, so $100.00 of lines is a $110.00 invoice.
 */
@IntegrationTest
class DashboardFiguresIntegrationTests {

    private static final YearMonth APRIL = YearMonth.of(2046, 4);
    private static final YearMonth MAY = YearMonth.of(2046, 5);
    private static final YearMonth JUNE = YearMonth.of(2046, 6);

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    Settings settings;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePayments invoicePayments;

    @Autowired
    Quotes quotes;

    @Autowired
    PaymentFigures paymentFigures;

    @Autowired
    InvoiceFigures invoiceFigures;

    @Autowired
    QuoteFigures quoteFigures;

    @Autowired
    ActivityLog activity;

    @Autowired
    TestData data;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void revenueIsMoneyReceivedByPaymentDateInTheBusinessZoneLessRefunds() throws Exception {
        ZoneId zone = settings.current().timeZone();
        moveTo(LocalDateTime.of(2046, 4, 10, 10, 0), zone);
        long client = data.client().clientId();
        long a = issued(client, "500.00"); // $550.00
        long b = issued(client, "200.00"); // $220.00

        pay(a, "100.00", APRIL.atEndOfMonth());
        PaymentView firstOfMay = pay(a, "200.00", MAY.atDay(1));
        PaymentView lastOfMay = pay(b, "220.00", MAY.atEndOfMonth());
        PaymentView mistake = pay(a, "40.00", MAY.atDay(15));
        invoicePayments.deleteManual(a, mistake.id(), "Entered twice");
        pay(a, "30.00", JUNE.atDay(1));

        moveTo(LocalDateTime.of(2046, 5, 20, 12, 0), zone);
        invoicePayments.refundManual(b, lastOfMay.id(), Money.parse("20.00"), "Late delivery");
        // half an hour into June in the business zone, still May in UTC: a June refund
        moveTo(LocalDateTime.of(2046, 6, 1, 0, 30), zone);
        invoicePayments.refundManual(a, firstOfMay.id(), Money.parse("10.00"), "Scratched part");

        assertThat(paymentFigures.receivedIn(APRIL)).isEqualTo(received(APRIL, "100.00", "0.00"));
        assertThat(paymentFigures.receivedIn(MAY)).isEqualTo(received(MAY, "420.00", "20.00"));
        assertThat(paymentFigures.receivedIn(JUNE)).isEqualTo(received(JUNE, "30.00", "10.00"));
        assertThat(paymentFigures.receivedIn(MAY).net()).isEqualTo(Money.parse("400.00"));

        ResultActions page = mvc.perform(get("/admin").with(user(data.adminPrincipal()))).andExpect(status().isOk());
        assertThat(PageText.of(page, "revenue-this-month")).isEqualTo("$20.00 received in June 2046 $30.00 paid, $10.00 refunded");
        assertThat(PageText.of(page, "revenue-last-month")).isEqualTo("$400.00 received in May 2046 $420.00 paid, $20.00 refunded");
    }

    @Test
    void outstandingIsTheBalanceOfIssuedInvoicesAndOverdueThoseDueBeforeTodayInTheBusinessZone() {
        ZoneId zone = settings.current().timeZone();
        // payment terms are at most 365 days, so invoices issued over a year earlier are overdue
        moveTo(LocalDateTime.of(2045, 4, 10, 10, 0), zone);
        long client = data.client().clientId();
        long partlyPaid = issued(client, "500.00");
        pay(partlyPaid, "300.00", LocalDate.of(2045, 5, 1));
        long unpaid = issued(client, "100.00");
        long paid = issued(client, "200.00");
        pay(paid, "220.00", LocalDate.of(2045, 5, 1));
        invoices.voidInvoice(issued(client, "70.00"), "Wrong client");
        invoices.writeOff(issued(client, "80.00"), "Client went bust");
        invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Draft", "1", "90.00")));
        long stranger = data.client().clientId();
        issued(stranger, "1000.00");

        moveTo(LocalDateTime.of(2046, 6, 1, 9, 0), zone);
        long current = issued(client, "300.00");

        Receivables figures = invoiceFigures.receivables(client);
        assertThat(figures.outstanding()).isEqualTo(Money.parse("690.00")); // 250 + 110 + 330
        assertThat(figures.outstandingCount()).isEqualTo(3);
        assertThat(figures.overdue()).isEqualTo(Money.parse("360.00")); // 250 + 110
        assertThat(figures.overdueCount()).isEqualTo(2);
        assertThat(figures.oldestInvoiceId()).isEqualTo(partlyPaid);
        assertThat(invoices.view(current).overdue()).isFalse();
        assertThat(invoices.view(unpaid).overdue()).isTrue();

        Receivables nothing = invoiceFigures.receivables(data.client().clientId());
        assertThat(nothing).isEqualTo(new Receivables(Money.ZERO, 0, Money.ZERO, 0, null));
    }

    @Test
    void theAdminDashboardShowsTheFiguresOfEveryClientAndTheQuotesAwaitingAnswer() throws Exception {
        ZoneId zone = settings.current().timeZone();
        // every other test's sent quote expires long before 2046, so the quotes counted here are ours
        moveTo(LocalDateTime.of(2046, 8, 10, 9, 0), zone);
        long client = data.client().clientId();
        LocalDate today = LocalDate.of(2046, 8, 10);
        long open = sent(client, "100.00", today.plusDays(20)); // $110.00
        long lastDay = sent(client, "50.00", today); // $55.00, still open on its expiry date
        sent(client, "60.00", today.minusDays(1));
        long accepted = sent(client, "70.00", today.plusDays(5));
        quotes.accept(accepted, client);
        quotes.createDraft(client, TestData.details("Ada", "Draft", "1", "80.00"), null);

        assertThat(quoteFigures.awaitingAnswer()).isEqualTo(new QuoteFigures.AwaitingAnswer(2, Money.parse("165.00")));
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
        moveTo(LocalDateTime.of(2047, 1, 15, 9, 0), settings.current().timeZone());
        long client = data.client().clientId();
        long invoice = issued(client, "12.34");
        String number = invoices.view(invoice).number();
        waitForActivity("Invoice " + number + " issued");

        ResultActions page = mvc.perform(get("/admin").with(user(data.adminPrincipal()))).andExpect(status().isOk());
        assertThat(PageText.href(page, "recent-activity", "Invoice " + number + " issued"))
                .isEqualTo("/admin/invoices/" + invoice);
    }

    private static String invoiceCount(int count) {
        return count + (count == 1 ? " invoice" : " invoices");
    }

    private void waitForActivity(String summary) throws InterruptedException {
        // activity is recorded by a listener after the publishing transaction commits
        for (int i = 0; i < 100; i++) {
            if (activityContains(summary)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No activity '" + summary + "' was recorded");
    }

    private boolean activityContains(String summary) {
        return activity.recent(AdminDashboard.RECENT_ACTIVITY).stream().anyMatch(e -> e.summary().startsWith(summary));
    }

    private void moveTo(LocalDateTime businessTime, ZoneId zone) {
        clock.advance(Duration.between(clock.instant(), businessTime.atZone(zone).toInstant()));
    }

    private long issued(long client, String exclusiveOfGst) {
        long id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Parts", "1", exclusiveOfGst)));
        invoices.issue(id);
        return id;
    }

    private long sent(long client, String exclusiveOfGst, LocalDate expiry) {
        long id = quotes.createDraft(client, TestData.details("Ada", "Parts", "1", exclusiveOfGst), expiry);
        quotes.markSent(id);
        return id;
    }

    private PaymentView pay(long invoice, String amount, LocalDate paidOn) {
        return invoicePayments.recordManual(invoice, new ManualPayment(PaymentMethod.BANK_TRANSFER, Money.parse(amount),
                paidOn, "EFT", null));
    }

    private static Received received(YearMonth month, String payments, String refunds) {
        return new Received(month, Money.parse(payments), Money.parse(refunds));
    }
}
