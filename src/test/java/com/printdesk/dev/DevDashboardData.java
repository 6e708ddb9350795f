package com.printdesk.dev;

import java.time.LocalDate;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.InvoicePayments;
import com.printdesk.invoices.Invoices;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.payments.PaymentView;
import com.printdesk.shared.Money;
import com.printdesk.support.TestData;

/**
 * Money received last month for the dev run, so the admin dashboard compares two months: another
 * client's invoices issued and paid last month, one of them partly refunded this month.
 */
@Component
@Profile("dev")
class DevDashboardData {

    private static final String MARKER = "DEV last month";

    private final Clients clients;
    private final Invoices invoices;
    private final InvoicePayments payments;
    private final JdbcClient jdbc;

    DevDashboardData(Clients clients, Invoices invoices, InvoicePayments payments, JdbcClient jdbc) {
        this.clients = clients;
        this.invoices = invoices;
        this.payments = payments;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void seed() {
        if (jdbc.sql("SELECT count(*) FROM payments WHERE reference = ?").param(MARKER).query(Long.class).single() > 0) {
            return;
        }
        ClientSummary client = clients.options().stream().filter(c -> !DevAccounts.CLIENT_EMAIL.equals(c.email()))
                .findFirst().orElse(null);
        if (client == null) {
            return;
        }
        LocalDate lastMonth = invoices.today().minusMonths(1).withDayOfMonth(1);
        paidLastMonth(client, "Fixture plates, PETG", "8", "42.00", lastMonth.plusDays(4));
        PaymentView large = paidLastMonth(client, "Housing run, ASA", "25", "18.00", lastMonth.plusDays(17));
        payments.refundManual(large.payable().id(), large.id(), Money.parse("49.50"), "Three housings warped");
    }

    private PaymentView paidLastMonth(ClientSummary client, String description, String quantity, String price,
            LocalDate paidOn) {
        long id = invoices.createDraft(new InvoiceDraft(client.id(), TestData.details(client.name(), description,
                quantity, price)));
        invoices.issue(id);
        jdbc.sql("UPDATE invoices SET issue_date = ?, due_date = ? WHERE id = ?")
                .params(paidOn.minusDays(3), paidOn.plusDays(11), id).update();
        return payments.recordManual(id, new ManualPayment(PaymentMethod.BANK_TRANSFER, invoices.view(id).balance(),
                paidOn, MARKER, null));
    }
}
