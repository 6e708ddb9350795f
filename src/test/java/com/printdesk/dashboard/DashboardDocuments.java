package com.printdesk.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.InvoicePayments;
import com.printdesk.invoices.Invoices;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.payments.PaymentView;
import com.printdesk.quotes.Quotes;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Money;
import com.printdesk.support.MovableClock;
import com.printdesk.support.TestData;

/**
 * Builds the documents the dashboard tests count: one GST-exclusive line per document, so $100.00
 * is a $110.00 invoice. Moves the test clock to a time in the business zone.
 */
@Component
@Profile("!dev")
class DashboardDocuments {

    private final Invoices invoices;
    private final InvoicePayments payments;
    private final Quotes quotes;
    private final MovableClock clock;
    private final Settings settings;

    DashboardDocuments(Invoices invoices, InvoicePayments payments, Quotes quotes, MovableClock clock,
            Settings settings) {
        this.invoices = invoices;
        this.payments = payments;
        this.quotes = quotes;
        this.clock = clock;
        this.settings = settings;
    }

    long issued(long clientId, String exclusiveOfGst) {
        long id = invoices.createDraft(new InvoiceDraft(clientId, TestData.details("Ada", "Parts", "1", exclusiveOfGst)));
        invoices.issue(id);
        return id;
    }

    long draft(long clientId, String exclusiveOfGst) {
        return invoices.createDraft(new InvoiceDraft(clientId, TestData.details("Ada", "Draft", "1", exclusiveOfGst)));
    }

    /** A sent quote, valid for the settings' validity days when {@code expiry} is null. */
    long sent(long clientId, String exclusiveOfGst, LocalDate expiry) {
        long id = quotes.createDraft(clientId, TestData.details("Ada", "Parts", "1", exclusiveOfGst), expiry);
        quotes.markSent(id);
        return id;
    }

    PaymentView pay(long invoice, String amount, LocalDate paidOn) {
        return payments.recordManual(invoice, new ManualPayment(PaymentMethod.BANK_TRANSFER, Money.parse(amount),
                paidOn, "EFT", null));
    }

    String number(long invoice) {
        return invoices.view(invoice).number();
    }

    /** Moves the clock (forward only) to this wall-clock time in the business time zone. */
    void moveTo(LocalDateTime businessTime) {
        clock.advance(Duration.between(clock.instant(), businessTime.atZone(settings.current().timeZone()).toInstant()));
    }
}
