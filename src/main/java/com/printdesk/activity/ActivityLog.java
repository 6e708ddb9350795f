package com.printdesk.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.ActivityEvent;
import com.printdesk.shared.LikePattern;

/**
 * Records activity events after their publisher committed (a failed record is retried by the event
 * publication registry) and answers the log's queries. Recording is idempotent: the same event
 * delivered twice is one line.
 */
@Service
public class ActivityLog {

    static final int PAGE_SIZE = 50;
    private static final RowMapper<ActivityEntry> ENTRY = (rs, row) -> new ActivityEntry(rs.getLong("id"),
            rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getLong("entity_id"),
            rs.getString("summary"), rs.getTimestamp("occurred_at").toInstant());

    private final JdbcClient jdbc;

    ActivityLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ActivityEvent event) {
        record(event);
    }

    @Transactional
    public void record(ActivityEvent event) {
        jdbc.sql("""
                INSERT INTO activity_log (event_id, actor, action, entity_type, entity_id, summary, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING
                """)
                .params(event.eventId(), event.actor(), event.action(), event.entityType(), event.entityId(),
                        abbreviate(event.summary()), Timestamp.from(event.occurredAt()))
                .update();
    }

    /** The newest entries about one record. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> about(String entityType, long entityId) {
        return jdbc.sql("""
                SELECT * FROM activity_log WHERE entity_type = ? AND entity_id = ?
                ORDER BY occurred_at DESC, id DESC LIMIT 50
                """)
                .params(entityType, entityId).query(ENTRY).list();
    }

    /** The newest entries of the whole log (the admin dashboard). */
    @Transactional(readOnly = true)
    public List<ActivityEntry> recent(int limit) {
        return jdbc.sql("SELECT * FROM activity_log ORDER BY occurred_at DESC, id DESC LIMIT ?").param(limit)
                .query(ENTRY).list();
    }

    /** A page of the log, newest first, narrowed by the filter. */
    @Transactional(readOnly = true)
    public Page search(Filter filter, int page) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        long total = jdbc.sql("SELECT count(*) FROM activity_log" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add((long) Math.max(0, page) * PAGE_SIZE);
        List<ActivityEntry> entries = jdbc.sql("SELECT * FROM activity_log" + where
                + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?").params(pageParams).query(ENTRY).list();
        return new Page(entries, Math.max(0, page), total);
    }

    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM activity_log ORDER BY 1").query(String.class).list();
    }

    private static String abbreviate(String summary) {
        return summary.length() <= 500 ? summary : summary.substring(0, 497) + "...";
    }

    /** What the admin narrowed the log to; blank fields do not filter. */
    public record Filter(String entityType, String actor, String action, Instant from, Instant to) {

        String where(List<Object> params) {
            List<String> clauses = new ArrayList<>();
            if (entityType != null && !entityType.isBlank()) {
                clauses.add("entity_type = ?");
                params.add(entityType);
            }
            if (actor != null && !actor.isBlank()) {
                clauses.add("actor ILIKE ? ESCAPE '\\'");
                params.add(LikePattern.containing(actor));
            }
            if (action != null && !action.isBlank()) {
                clauses.add("action = ?");
                params.add(action);
            }
            if (from != null) {
                clauses.add("occurred_at >= ?");
                params.add(Timestamp.from(from));
            }
            if (to != null) {
                clauses.add("occurred_at < ?");
                params.add(Timestamp.from(to));
            }
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }
    }

    public record Page(List<ActivityEntry> entries, int number, long total) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasNext() {
            return number + 1 < pages();
        }
    }
}
