package com.printdesk.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.invoices.InvoiceEvents.InvoiceVoided;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentEvents.DisputeOpened;
import com.printdesk.payments.Refunds.RefundRecorded;
import com.printdesk.shared.Actors;

/**
 * What happens to jobs when their invoice goes wrong: voiding cancels the jobs not yet printing; a refund
 * or an open dispute holds the unfinished ones with the reason shown. Each event acts once (recorded in
 * {@code job_handled_events}), so a redelivery cannot hold again a job staff have since resumed.
 */
@Service
class InvoiceTroubles {

    private final PrintJobRepository jobs;
    private final JobWork work;
    private final JobHistory history;
    private final Clock clock;

    InvoiceTroubles(PrintJobRepository jobs, JobWork work, JobHistory history, Clock clock) {
        this.jobs = jobs;
        this.work = work;
        this.history = history;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InvoiceVoided event) {
        voided(event);
    }

    @ApplicationModuleListener
    void on(RefundRecorded event) {
        refunded(event);
    }

    @ApplicationModuleListener
    void on(DisputeOpened event) {
        disputed(event);
    }

    @Transactional
    void voided(InvoiceVoided event) {
        cancelUnstarted(event.eventId(), event.invoiceId(), "Invoice voided: " + event.reason());
    }

    @Transactional
    void refunded(RefundRecorded event) {
        if (event.payable().type() == Payable.PayableType.INVOICE) {
            hold(event.eventId(), event.payable().id(), "Refund of " + event.amount() + ": " + event.reason());
        }
    }

    @Transactional
    void disputed(DisputeOpened event) {
        if (event.payable().type() == Payable.PayableType.INVOICE) {
            hold(event.eventId(), event.payable().id(), "Payment disputed (" + event.amount() + "): "
                    + event.reason());
        }
    }

    private void cancelUnstarted(UUID eventId, long invoiceId, String reason) {
        Instant now = clock.instant();
        if (!history.firstTime(eventId, now)) {
            return;
        }
        for (PrintJob job : jobs.lockForInvoice(invoiceId)) {
            boolean unstarted = JobStatus.NOT_STARTED.contains(job.status())
                    || job.status() == JobStatus.ON_HOLD && JobStatus.NOT_STARTED.contains(job.heldFromStatus());
            if (unstarted) {
                JobStatus from = job.cancel(reason, now);
                work.recordChange(job, from, reason, Actors.SYSTEM, now);
            }
        }
    }

    private void hold(UUID eventId, long invoiceId, String reason) {
        Instant now = clock.instant();
        if (!history.firstTime(eventId, now)) {
            return;
        }
        for (PrintJob job : jobs.lockForInvoice(invoiceId)) {
            if (JobStatus.UNFINISHED.contains(job.status())) {
                JobStatus from = job.hold(reason, now);
                work.recordChange(job, from, reason, Actors.SYSTEM, now);
            }
        }
    }
}
