package com.printdesk.jobs;

import java.time.Instant;
import java.util.UUID;

import com.printdesk.shared.ActivityEvent;

/** What happens to print jobs: activity logs them; notifications mail on READY and DELIVERED (step 6). */
public final class JobEvents {

    private JobEvents() {
    }

    public record JobCreated(UUID eventId, String actor, long jobId, long clientId, long invoiceId, String summary,
            Instant occurredAt) implements JobActivity {

        @Override
        public String action() {
            return "created";
        }
    }

    /** Every status change, with its reason when it has one (hold, cancel). */
    public record JobStatusChanged(UUID eventId, String actor, long jobId, long clientId, long invoiceId,
            JobStatus from, JobStatus to, String reason, String summary, Instant occurredAt) implements JobActivity {

        @Override
        public String action() {
            return to == JobStatus.ON_HOLD ? "put on hold" : "moved to " + to.displayName().toLowerCase();
        }
    }

    /** Printer, priority, due date, notes or actual usage changed. */
    public record JobUpdated(UUID eventId, String actor, long jobId, long clientId, String summary,
            Instant occurredAt) implements JobActivity {

        @Override
        public String action() {
            return "updated";
        }
    }

    /** Every job event is a line in the activity log of that job. */
    public interface JobActivity extends ActivityEvent {

        long jobId();

        @Override
        default String entityType() {
            return "job";
        }

        @Override
        default long entityId() {
            return jobId();
        }
    }
}
