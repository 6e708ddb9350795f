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

    TestJobs(JobFixtures fixtures, JobCreation creation, PrintJobs jobs) {
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
}
