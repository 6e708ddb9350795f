package com.printdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.printdesk.invoices.InvoiceFigures;
import com.printdesk.invoices.InvoiceFigures.Receivables;
import com.printdesk.invoices.InvoicePayments;
import com.printdesk.invoices.Invoices;
import com.printdesk.payments.PaymentFigures;
import com.printdesk.payments.PaymentFigures.Received;
import com.printdesk.payments.PaymentView;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.TestData;

/**
 * Money received and owed against a known data set. Tests share one database, so money received is
 * checked in a month no other test writes to (the clock is moved to 2046; payments are dated and
 * refunds made there), and what is owed is checked for this test's own client.
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
    Invoices invoices;

    @Autowired
    InvoicePayments invoicePayments;

    @Autowired
    PaymentFigures paymentFigures;

    @Autowired
    InvoiceFigures invoiceFigures;

    @Autowired
    DashboardDocuments documents;

    @Autowired
    TestData data;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void revenueIsMoneyReceivedByPaymentDateInTheBusinessZoneLessRefunds() throws Exception {
        documents.moveTo(LocalDateTime.of(2046, 4, 10, 10, 0));
        long client = data.client().clientId();
        long a = documents.issued(client, "500.00"); // $550.00
        long b = documents.issued(client, "200.00"); // $220.00

        documents.pay(a, "100.00", APRIL.atEndOfMonth());
        PaymentView firstOfMay = documents.pay(a, "200.00", MAY.atDay(1));
        PaymentView lastOfMay = documents.pay(b, "220.00", MAY.atEndOfMonth());
        PaymentView mistake = documents.pay(a, "40.00", MAY.atDay(15));
        invoicePayments.deleteManual(a, mistake.id(), "Entered twice");
        documents.pay(a, "30.00", JUNE.atDay(1));

        documents.moveTo(LocalDateTime.of(2046, 5, 20, 12, 0));
        invoicePayments.refundManual(b, lastOfMay.id(), Money.parse("20.00"), "Late delivery");
        // half an hour into June in the business zone, still May in UTC: a June refund
        documents.moveTo(LocalDateTime.of(2046, 6, 1, 0, 30));
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
        // payment terms are at most 365 days, so invoices issued over a year earlier are overdue
        documents.moveTo(LocalDateTime.of(2045, 4, 10, 10, 0));
        long client = data.client().clientId();
        long partlyPaid = documents.issued(client, "500.00");
        documents.pay(partlyPaid, "300.00", LocalDate.of(2045, 5, 1));
        long unpaid = documents.issued(client, "100.00");
        long paid = documents.issued(client, "200.00");
        documents.pay(paid, "220.00", LocalDate.of(2045, 5, 1));
        invoices.voidInvoice(documents.issued(client, "70.00"), "Wrong client");
        invoices.writeOff(documents.issued(client, "80.00"), "Client went bust");
        documents.draft(client, "90.00");
        documents.issued(data.client().clientId(), "1000.00");

        documents.moveTo(LocalDateTime.of(2046, 6, 1, 9, 0));
        long current = documents.issued(client, "300.00");

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

    private static Received received(YearMonth month, String payments, String refunds) {
        return new Received(month, Money.parse(payments), Money.parse(refunds));
    }
}
