package com.printdesk.jobs;

import java.time.Instant;

/** One line of a job's status history ({@code from} is null for the first). */
public record JobStatusEntry(JobStatus from, JobStatus to, String reason, String actor, Instant occurredAt) {
}
