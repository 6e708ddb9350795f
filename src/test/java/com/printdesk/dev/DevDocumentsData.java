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
import com.printdesk.invoices.Invoices;
import com.printdesk.quotes.Quotes;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.support.TestData;

/**
 * Quotes and invoices in every status for the dev run, for the demo client: draft, sent, accepted,
 * declined and converted quotes; draft, issued, overdue, void and written-off invoices.
 */
@Component
@Profile("dev")
class DevDocumentsData {

    private final Clients clients;
    private final Quotes quotes;
    private final Invoices invoices;
    private final JdbcClient jdbc;
    private final com.printdesk.invoices.InvoicePayments payments;

    DevDocumentsData(Clients clients, Quotes quotes, Invoices invoices, JdbcClient jdbc,
            com.printdesk.invoices.InvoicePayments payments) {
        this.payments = payments;
        this.clients = clients;
        this.quotes = quotes;
        this.invoices = invoices;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void seed() {
        if (jdbc.sql("SELECT count(*) FROM quotes").query(Long.class).single() > 0) {
            return;
        }
        ClientSummary demo = clients.options().stream().filter(c -> DevAccounts.CLIENT_EMAIL.equals(c.email()))
                .findFirst().orElse(null);
        if (demo == null) {
            return;
        }
        long client = demo.id();
        quotes.createDraft(client, details(demo, "Enclosure prototype, PETG", "2", "85.00"), null);
        long sent = quotes.createDraft(client, details(demo, "Gear set, Nylon", "10", "12.40"), null);
        quotes.markSent(sent);
        long accepted = quotes.createDraft(client, details(demo, "Drone arms, ASA", "4", "36.00"), null);
        quotes.markSent(accepted);
        quotes.accept(accepted, client);
        long declined = quotes.createDraft(client, details(demo, "Display stand, PLA", "1", "45.00"), null);
        quotes.markSent(declined);
        quotes.decline(declined, client);
        long converted = quotes.createDraft(client, details(demo, "Jig and fixture set", "3", "120.00"), null);
        quotes.markSent(converted);
        long fromQuote = quotes.convertToInvoice(converted);
        invoices.issue(fromQuote);

        invoices.createDraft(new InvoiceDraft(client, details(demo, "Calibration prints", "5", "12.00")));
        long overdue = invoices.createDraft(new InvoiceDraft(client, details(demo, "Replacement knobs, TPU", "20", "4.50")));
        invoices.issue(overdue);
        jdbc.sql("UPDATE invoices SET issue_date = ?, due_date = ? WHERE id = ?")
                .params(LocalDate.now().minusDays(40), LocalDate.now().minusDays(26), overdue).update();
        long voided = invoices.createDraft(new InvoiceDraft(client, details(demo, "Wrong material order", "1", "60.00")));
        invoices.issue(voided);
        invoices.voidInvoice(voided, "Client ordered the wrong material; reissued");
        long paid = invoices.createDraft(new InvoiceDraft(client, details(demo, "Bracket batch, PETG", "12", "9.50")));
        invoices.issue(paid);
        payments.recordManual(paid, new com.printdesk.payments.ManualPayment(com.printdesk.payments.PaymentMethod.BANK_TRANSFER,
                invoices.view(paid).balance(), LocalDate.now(), "EFT 88231", null));
        long partly = invoices.createDraft(new InvoiceDraft(client, details(demo, "Prototype housing, ASA", "2", "140.00")));
        invoices.issue(partly);
        payments.recordManual(partly, new com.printdesk.payments.ManualPayment(com.printdesk.payments.PaymentMethod.CASH,
                com.printdesk.shared.Money.parse("100.00"), LocalDate.now(), "Deposit at pickup", null));
        long writtenOff = invoices.createDraft(new InvoiceDraft(client, details(demo, "Small repair", "1", "18.00")));
        invoices.issue(writtenOff);
        invoices.writeOff(writtenOff, "Goodwill after a late delivery");
    }

    private static DocumentDetails details(ClientSummary client, String description, String quantity, String price) {
        DocumentDetails details = TestData.details(client.name(), description, quantity, price);
        return new DocumentDetails(details.priceEntry(), new DocumentDetails.BillTo(client.name(), client.company(),
                null, client.email(), null), details.items(), null, null, null,
                "Thank you for your business.", "Payment within the terms shown. Prints are made to order.");
    }
}
