package com.printdesk.jobs;

import static com.printdesk.jobs.JobStatus.CANCELLED;
import static com.printdesk.jobs.JobStatus.DELIVERED;
import static com.printdesk.jobs.JobStatus.ON_HOLD;
import static com.printdesk.jobs.JobStatus.POST_PROCESSING;
import static com.printdesk.jobs.JobStatus.PRE_PROCESSING;
import static com.printdesk.jobs.JobStatus.PRINTING;
import static com.printdesk.jobs.JobStatus.QUEUED;
import static com.printdesk.jobs.JobStatus.READY;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.printdesk.shared.BusinessRuleViolation;

/**
 * Which status may follow which. Forward along the flow; back one step where work is redone (a failed
 * print goes back to the queue); hold and cancel from anywhere unfinished. Leaving ON_HOLD is "resume",
 * which returns to the status the job was held from (checked by the job, which remembers it).
 */
final class JobStatusPolicy {

    private static final Map<JobStatus, EnumSet<JobStatus>> NEXT = new EnumMap<>(JobStatus.class);

    static {
        NEXT.put(PRE_PROCESSING, EnumSet.of(QUEUED, ON_HOLD, CANCELLED));
        NEXT.put(QUEUED, EnumSet.of(PRINTING, PRE_PROCESSING, ON_HOLD, CANCELLED));
        NEXT.put(PRINTING, EnumSet.of(POST_PROCESSING, QUEUED, ON_HOLD, CANCELLED));
        NEXT.put(POST_PROCESSING, EnumSet.of(READY, PRINTING, ON_HOLD, CANCELLED));
        NEXT.put(READY, EnumSet.of(DELIVERED, ON_HOLD));
        NEXT.put(ON_HOLD, EnumSet.of(CANCELLED));
        NEXT.put(DELIVERED, EnumSet.noneOf(JobStatus.class));
        NEXT.put(CANCELLED, EnumSet.noneOf(JobStatus.class));
    }

    private JobStatusPolicy() {
    }

    static Set<JobStatus> next(JobStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    static boolean allows(JobStatus from, JobStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Throws a message people can act on when {@code from → to} is not a legal step. */
    static void check(JobStatus from, JobStatus to) {
        if (allows(from, to)) {
            return;
        }
        if (from.isFinal()) {
            throw new BusinessRuleViolation("This job is " + from.displayName().toLowerCase()
                    + "; its status cannot change any more");
        }
        if (from == ON_HOLD) {
            throw new BusinessRuleViolation("This job is on hold: resume it (or cancel it) first");
        }
        throw new BusinessRuleViolation("A job cannot go from " + from.displayName() + " to " + to.displayName()
                + "; from " + from.displayName() + " it can go to " + names(NEXT.get(from)));
    }

    private static String names(Set<JobStatus> statuses) {
        return String.join(", ", statuses.stream().map(JobStatus::displayName).toList());
    }
}
