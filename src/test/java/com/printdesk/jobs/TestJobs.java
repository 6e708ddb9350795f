package com.printdesk.jobs;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Real print jobs for other modules' tests: a client's issued invoice with printable lines, its jobs created. */
@Component
@Profile("!dev")
public class TestJobs {

    private final JobFixtures fixtures;
    private final JobCreation creation;
    private final PrintJobs jobs;
    private final JobWork work;

    TestJobs(JobFixtures fixtures, JobCreation creation, PrintJobs jobs, JobWork work) {
        this.work = work;
        this.fixtures = fixtures;
        this.creation = creation;
        this.jobs = jobs;
    }

    /** The ID of a new job of the client (the first of a fresh invoice's jobs). */
    public long jobOf(long clientId) {
        long invoiceId = fixtures.issued(clientId, fixtures.material().id());
        creation.createFor(invoiceId);
        return jobs.forInvoice(invoiceId).get(0).id();
    }

    /** Walks a job on through the flow up to {@code target}, on a fresh idle printer when it has none. */
    public void walkTo(long jobId, JobStatus target) {
        JobView job = jobs.view(jobId);
        if (job.printerId() == null) {
            long printer = fixtures.printer(com.printdesk.catalog.PrinterStatus.IDLE, job.materialId()).id();
            work.assign(jobId, printer, null, job.version());
        }
        java.util.List<JobStatus> flow = java.util.List.of(JobStatus.PRE_PROCESSING, JobStatus.QUEUED,
                JobStatus.PRINTING, JobStatus.POST_PROCESSING, JobStatus.READY, JobStatus.DELIVERED);
        for (JobStatus step : flow.subList(flow.indexOf(job.status()) + 1, flow.indexOf(target) + 1)) {
            work.changeStatus(jobId, step, null, jobs.view(jobId).version());
        }
    }
}
