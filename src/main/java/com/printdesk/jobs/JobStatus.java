package com.printdesk.jobs;

import java.util.EnumSet;
import java.util.Set;

/** Where a print job is. ON_HOLD remembers the status it was held from; CANCELLED and DELIVERED are final. */
public enum JobStatus {
    PRE_PROCESSING("Pre-processing"),
    QUEUED("Queued"),
    PRINTING("Printing"),
    POST_PROCESSING("Post-processing"),
    READY("Ready"),
    DELIVERED("Delivered"),
    ON_HOLD("On hold"),
    CANCELLED("Cancelled");

    /** Still to be printed or handed over: what a refund or dispute holds. */
    public static final Set<JobStatus> UNFINISHED = EnumSet.of(PRE_PROCESSING, QUEUED, PRINTING, POST_PROCESSING,
            READY);

    /** Not started printing: what voiding the invoice cancels. */
    public static final Set<JobStatus> NOT_STARTED = EnumSet.of(PRE_PROCESSING, QUEUED);

    /** On the printer board. */
    public static final Set<JobStatus> ON_BOARD = EnumSet.of(PRE_PROCESSING, QUEUED, PRINTING, POST_PROCESSING,
            ON_HOLD);

    private final String displayName;

    JobStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isFinal() {
        return this == DELIVERED || this == CANCELLED;
    }
}
