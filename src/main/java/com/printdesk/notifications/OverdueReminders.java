package com.printdesk.notifications;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.invoices.InvoiceFilter;
import com.printdesk.invoices.InvoiceSummary;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.shared.AppUrl;

/**
 * Overdue reminders: on the configured days after the due date (3, 7, 14), counted in the business time
 * zone, a reminder for each invoice still owing money, unless its client opted out. Each step goes at
 * most once per invoice (its cause key is invoice + step); when the task missed days, only the latest
 * step due is sent, so a client never gets three reminders at once.
 */
@Component
class OverdueReminders {

    private static final int PAGE = 200;

    private final Invoices invoices;
    private final Clients clients;
    private final Recipients recipients;
    private final Outbox outbox;
    private final MailProperties properties;
    private final AppUrl appUrl;

    OverdueReminders(Invoices invoices, Clients clients, Recipients recipients, Outbox outbox,
            MailProperties properties, AppUrl appUrl) {
        this.invoices = invoices;
        this.clients = clients;
        this.recipients = recipients;
        this.outbox = outbox;
        this.properties = properties;
        this.appUrl = appUrl;
    }

    /** Queues the reminders due today; how many were queued. */
    int run() {
        return run(invoice -> true);
    }

    /** The same, limited to some invoices (tests sharing one database limit it to theirs). */
    int run(Predicate<InvoiceSummary> only) {
        LocalDate today = invoices.today();
        int queued = 0;
        Page<InvoiceSummary> page;
        int number = 0;
        do {
            page = invoices.search(new InvoiceFilter(null, null, null, true), PageRequest.of(number++, PAGE));
            for (InvoiceSummary invoice : page) {
                queued += only.test(invoice) && remind(invoice, today) ? 1 : 0;
            }
        }
        while (page.hasNext());
        return queued;
    }

    private boolean remind(InvoiceSummary summary, LocalDate today) {
        if (summary.dueDate() == null || !summary.balance().isPositive()) {
            return false;
        }
        Optional<Integer> step = stepFor(ChronoUnit.DAYS.between(summary.dueDate(), today), properties.reminderDays());
        if (step.isEmpty() || !clients.find(summary.clientId()).map(ClientSummary::paymentReminders).orElse(false)) {
            return false;
        }
        String cause = "overdue-reminder:" + summary.id() + ":" + step.get();
        if (outbox.byCause(cause).isPresent()) {
            return false;
        }
        InvoiceView invoice = invoices.view(summary.id());
        return recipients.forDocument(invoice.clientId(), invoice.details())
                .flatMap(to -> outbox.enqueue(new Email(cause, to.email(),
                        "Reminder: " + invoice.title().toLowerCase() + " " + invoice.number() + " is overdue",
                        "overdue-reminder", model(invoice, to.name(), ChronoUnit.DAYS.between(invoice.dueDate(), today)),
                        List.of(), new Email.Related("invoice", invoice.id()), false)))
                .isPresent();
    }

    /** The latest configured step reached after {@code daysOverdue} days, if any. */
    static Optional<Integer> stepFor(long daysOverdue, List<Integer> steps) {
        return steps.stream().filter(step -> step <= daysOverdue).max(Integer::compare);
    }

    private Map<String, String> model(InvoiceView invoice, String name, long daysOverdue) {
        Map<String, String> model = new HashMap<>();
        model.put("name", name);
        model.put("document", invoice.title() + " " + invoice.number());
        model.put("dueDate", DocumentMails.DATE.format(invoice.dueDate()));
        model.put("days", Long.toString(daysOverdue));
        model.put("balance", invoice.balance().formatted());
        model.put("portalUrl", appUrl.link("/portal/invoices/" + invoice.id()));
        return model;
    }
}
