package com.printdesk.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The status history of jobs: who moved a job from what to what, when, and why. */
@Component
class JobHistory {

    private final JdbcClient jdbc;

    JobHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long jobId, JobStatus from, JobStatus to, String reason, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO job_status_history (job_id, from_status, to_status, reason, actor, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(jobId, from == null ? null : from.name(), to.name(), reason, actor, Timestamp.from(at))
                .update();
    }

    List<JobStatusEntry> of(long jobId) {
        return jdbc.sql("""
                SELECT from_status, to_status, reason, actor, occurred_at FROM job_status_history
                WHERE job_id = ? ORDER BY occurred_at, id
                """)
                .param(jobId)
                .query((rs, row) -> new JobStatusEntry(
                        rs.getString("from_status") == null ? null : JobStatus.valueOf(rs.getString("from_status")),
                        JobStatus.valueOf(rs.getString("to_status")), rs.getString("reason"), rs.getString("actor"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    /** True the first time an event is seen: void, refund and dispute act once per event. */
    boolean firstTime(UUID eventId, Instant now) {
        return jdbc.sql("INSERT INTO job_handled_events (event_id, handled_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(eventId, Timestamp.from(now)).update() == 1;
    }
}
