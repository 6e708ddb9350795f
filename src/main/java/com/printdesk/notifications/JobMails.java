package com.printdesk.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.jobs.JobEvents.JobStatusChanged;
import com.printdesk.jobs.JobStatus;
import com.printdesk.jobs.JobView;
import com.printdesk.jobs.PrintJobs;
import com.printdesk.settings.Settings;
import com.printdesk.shared.AppUrl;

/**
 * "Your print is ready" (with pickup or shipping details) and "delivered", from the jobs' status changes.
 * Keyed by the event ID: a job that goes back to printing and is ready again is announced again, a
 * redelivered event is not.
 */
@Component
class JobMails {

    static final String READY_OR_DELIVERED = "#root.args[0].to().name() == 'READY' or #root.args[0].to().name() == 'DELIVERED'";

    private final PrintJobs jobs;
    private final Invoices invoices;
    private final Recipients recipients;
    private final Settings settings;
    private final Outbox outbox;
    private final AppUrl appUrl;

    JobMails(PrintJobs jobs, Invoices invoices, Recipients recipients, Settings settings, Outbox outbox,
            AppUrl appUrl) {
        this.jobs = jobs;
        this.invoices = invoices;
        this.recipients = recipients;
        this.settings = settings;
        this.outbox = outbox;
        this.appUrl = appUrl;
    }

    @ApplicationModuleListener(condition = READY_OR_DELIVERED)
    void on(JobStatusChanged changed) {
        JobView job = jobs.view(changed.jobId());
        InvoiceView invoice = invoices.view(job.invoiceId());
        recipients.forDocument(invoice.clientId(), invoice.details()).ifPresent(to -> {
            boolean ready = changed.to() == JobStatus.READY;
            Map<String, String> model = new HashMap<>();
            model.put("name", to.name());
            model.put("job", job.label());
            model.put("description", job.description());
            model.put("quantity", job.quantityText());
            model.put("document", invoice.title() + " " + invoice.reference());
            if (ready) {
                delivery(invoice, model);
            }
            model.put("portalUrl", appUrl.link("/portal/jobs/" + job.id()));
            String subject = (ready ? "Ready: " : "Delivered: ") + job.description() + " (" + job.label() + ")";
            outbox.enqueue(new Email("job-status:" + changed.eventId(), to.email(), subject,
                    ready ? "job-ready" : "job-delivered", model, List.of(),
                    new Email.Related("job", job.id()), false));
        });
    }

    /** An invoice that charges shipping is shipped to the bill-to address; otherwise it is picked up. */
    private void delivery(InvoiceView invoice, Map<String, String> model) {
        if (invoice.details().shipping().isPositive()) {
            String how = invoice.details().shippingDescription();
            model.put("shipping", how == null || how.isBlank() ? "Shipping" : how);
            if (invoice.details().billTo().address() != null) {
                model.put("shipTo", invoice.details().billTo().address());
            }
        }
        else {
            String address = settings.current().address();
            model.put("pickup", address == null || address.isBlank() ? "our workshop" : address);
        }
    }
}
