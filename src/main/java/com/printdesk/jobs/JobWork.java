package com.printdesk.jobs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.PrinterStatus;
import com.printdesk.catalog.PrinterView;
import com.printdesk.jobs.JobEvents.JobStatusChanged;
import com.printdesk.jobs.JobEvents.JobUpdated;
import com.printdesk.shared.Actors;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.NotFound;

/**
 * What staff do to a job: move it along the flow, hold, resume, cancel, assign a printer, plan it and
 * record actual usage. Every change takes the job's row lock and checks the version the page was built
 * from, so of two admins acting on the same card one wins and the other is told to reload.
 */
@Service
public class JobWork {

    private final PrintJobRepository jobs;
    private final JobHistory history;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JobWork(PrintJobRepository jobs, JobHistory history, Catalog catalog, ApplicationEventPublisher events,
            Clock clock) {
        this.jobs = jobs;
        this.history = history;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void changeStatus(long id, JobStatus to, String reason, long expectedVersion) {
        PrintJob job = locked(id, expectedVersion);
        Instant now = clock.instant();
        JobStatus from;
        if (to == JobStatus.ON_HOLD) {
            from = job.hold(reason, now);
        }
        else if (to == JobStatus.CANCELLED) {
            from = job.cancel(reason, now);
        }
        else if (job.status() == JobStatus.ON_HOLD && to == job.heldFromStatus()) {
            if (to == JobStatus.PRINTING) {
                requirePrinterAccepts(job.printerId());
            }
            from = job.resume(now);
        }
        else {
            if (to == JobStatus.PRINTING) {
                requirePrinterAccepts(job.printerId());
            }
            from = job.moveTo(to, now);
        }
        recordChange(job, from, reason, Actors.current(), now);
    }

    @Transactional
    public void resume(long id, long expectedVersion) {
        PrintJob job = locked(id, expectedVersion);
        if (job.heldFromStatus() == JobStatus.PRINTING) {
            requirePrinterAccepts(job.printerId());
        }
        Instant now = clock.instant();
        JobStatus from = job.resume(now);
        recordChange(job, from, null, Actors.current(), now);
    }

    /** Puts the job in a printer's column (null: "Unassigned"), optionally at a new priority. */
    @Transactional
    public void assign(long id, Long printerId, Integer priority, long expectedVersion) {
        PrintJob job = locked(id, expectedVersion);
        if (printerId != null) {
            PrinterView printer = catalog.printer(printerId).filter(PrinterView::active)
                    .orElseThrow(() -> new BusinessRuleViolation("That printer is not in the catalog any more"));
            if (job.status() == JobStatus.PRINTING && !printerId.equals(job.printerId())) {
                requirePrinterAccepts(printerId);
            }
            job.assign(printer.id(), clock.instant());
        }
        else {
            job.assign(null, clock.instant());
        }
        if (priority != null) {
            job.plan(priority, job.dueDate(), job.notes(), clock.instant());
        }
        jobs.flush();
        events.publishEvent(new JobUpdated(UUID.randomUUID(), Actors.current(), id, job.clientId(),
                job.label() + (printerId == null ? " unassigned" : " assigned to " + printerName(printerId))
                        + (priority == null ? "" : ", priority " + priority), clock.instant()));
    }

    @Transactional
    public void plan(long id, int priority, LocalDate dueDate, String notes, long expectedVersion) {
        PrintJob job = locked(id, expectedVersion);
        job.plan(priority, dueDate, notes, clock.instant());
        jobs.flush();
        events.publishEvent(new JobUpdated(UUID.randomUUID(), Actors.current(), id, job.clientId(),
                job.label() + ": priority " + priority + ", due " + (dueDate == null ? "not set" : dueDate),
                clock.instant()));
    }

    /** Records actual minutes and grams; a job still printing moves on to post-processing. */
    @Transactional
    public void complete(long id, int actualMinutes, BigDecimal actualGrams, long expectedVersion) {
        PrintJob job = locked(id, expectedVersion);
        Instant now = clock.instant();
        JobStatus before = job.status();
        job.complete(actualMinutes, actualGrams, now);
        if (job.status() != before) {
            recordChange(job, before, "Printed: " + actualMinutes + " min, " + actualGrams.toPlainString() + " g",
                    Actors.current(), now);
        }
        else {
            jobs.flush();
            events.publishEvent(new JobUpdated(UUID.randomUUID(), Actors.current(), id, job.clientId(),
                    job.label() + ": actual usage " + actualMinutes + " min, " + actualGrams.toPlainString() + " g",
                    now));
        }
    }

    /** A status change made by the system (void, refund, dispute) on a job already locked. */
    void recordChange(PrintJob job, JobStatus from, String reason, String actor, Instant now) {
        jobs.flush();
        history.record(job.id(), from, job.status(), reason, actor, now);
        events.publishEvent(new JobStatusChanged(UUID.randomUUID(), actor, job.id(), job.clientId(), job.invoiceId(),
                from, job.status(), reason, job.label() + ": " + from.displayName() + " → "
                        + job.status().displayName() + (reason == null ? "" : " (" + reason + ")"), now));
    }

    private PrintJob locked(long id, long expectedVersion) {
        PrintJob job = jobs.lock(id).orElseThrow(() -> new NotFound("Job"));
        job.checkVersion(expectedVersion);
        return job;
    }

    /** A printer under maintenance or offline takes no new print. */
    private void requirePrinterAccepts(Long printerId) {
        if (printerId == null) {
            throw new BusinessRuleViolation("Assign a printer before starting to print");
        }
        PrinterView printer = catalog.printer(printerId)
                .orElseThrow(() -> new BusinessRuleViolation("That printer is not in the catalog any more"));
        if (!printer.active()) {
            throw new BusinessRuleViolation(printer.name() + " is deactivated; choose another printer");
        }
        if (printer.status() != PrinterStatus.IDLE) {
            throw new BusinessRuleViolation(printer.name() + " is " + printer.status().displayName().toLowerCase()
                    + " and cannot start a print; choose another printer or set it back to Idle in the catalog");
        }
    }

    private String printerName(long printerId) {
        return catalog.printer(printerId).map(PrinterView::name).orElse("printer #" + printerId);
    }
}
