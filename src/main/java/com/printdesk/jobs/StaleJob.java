package com.printdesk.jobs;

import com.printdesk.shared.BusinessRuleViolation;

/** Someone else changed the job since this page or board was loaded. */
class StaleJob extends BusinessRuleViolation {

    StaleJob(long jobId) {
        super("Job #" + jobId + " changed since you loaded this page (someone else moved or edited it). "
                + "Reload to see the latest, then try again.");
    }
}
