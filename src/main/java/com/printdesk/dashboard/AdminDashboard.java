package com.printdesk.dashboard;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import com.printdesk.activity.ActivityLog;
import com.printdesk.invoices.InvoiceFigures;
import com.printdesk.invoices.InvoiceFigures.Receivables;
import com.printdesk.invoices.Invoices;
import com.printdesk.payments.PaymentFigures;
import com.printdesk.quotes.QuoteFigures;
import com.printdesk.quotes.QuoteFigures.AwaitingAnswer;

/**
 * The admin dashboard's figures, one method per section, each an SQL aggregate or a short query in
 * the module that owns the data. A new section is one method here, one model attribute and one
 * {@code <section>} in the template.
 */
@Component
class AdminDashboard {

    static final int RECENT_ACTIVITY = 10;

    private final PaymentFigures payments;
    private final InvoiceFigures invoiceFigures;
    private final Invoices invoices;
    private final QuoteFigures quotes;
    private final ActivityLog activity;

    AdminDashboard(PaymentFigures payments, InvoiceFigures invoiceFigures, Invoices invoices, QuoteFigures quotes,
            ActivityLog activity) {
        this.payments = payments;
        this.invoiceFigures = invoiceFigures;
        this.invoices = invoices;
        this.quotes = quotes;
        this.activity = activity;
    }

    Revenue revenue() {
        YearMonth thisMonth = YearMonth.from(invoices.today());
        return new Revenue(payments.receivedIn(thisMonth), payments.receivedIn(thisMonth.minusMonths(1)));
    }

    Receivables receivables() {
        return invoiceFigures.receivables();
    }

    AwaitingAnswer quotesAwaitingAnswer() {
        return quotes.awaitingAnswer();
    }

    List<ActivityLine> recentActivity() {
        return activity.recent(RECENT_ACTIVITY).stream().map(ActivityLine::of).toList();
    }
}
