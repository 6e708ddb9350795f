package com.printdesk.jobs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.printdesk.shared.LikePattern;

/** The SQL behind the lists, the board and the portal: filtered and paged in the database. */
@Component
class JobQueries {

    private static final Map<String, String> ORDER = Map.of(
            "newest", "j.created_at DESC, j.id DESC",
            "due", "j.due_date ASC NULLS LAST, j.priority, j.id",
            "priority", "j.priority, j.due_date ASC NULLS LAST, j.id",
            "client", "lower(j.client_name), j.created_at DESC, j.id DESC",
            "status", "j.status, j.priority, j.id");
    /** Overdue: past due and not yet ready, delivered or cancelled. */
    static final String OVERDUE = "(j.due_date < ? AND j.status NOT IN ('READY', 'DELIVERED', 'CANCELLED'))";

    private final JdbcClient jdbc;

    JobQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<JobView> search(JobFilter filter, LocalDate today, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(today));
        String where = where(filter, today, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT j.*, " + OVERDUE + " AS overdue FROM print_jobs j" + where + " ORDER BY "
                + ORDER.get(filter.sortOrDefault()) + " LIMIT ? OFFSET ?").params(params)
                .query(JobQueries::view).list();
    }

    long count(JobFilter filter, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, today, params);
        return jdbc.sql("SELECT count(*) FROM print_jobs j" + where).params(params).query(Long.class).single();
    }

    /** Jobs on the board (not ready, delivered or cancelled): priority first, then the earliest due. */
    List<JobView> board(JobFilter filter, LocalDate today) {
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(today));
        String where = where(filter, today, params);
        where += (where.isEmpty() ? " WHERE " : " AND ")
                + "j.status IN ('PRE_PROCESSING', 'QUEUED', 'PRINTING', 'POST_PROCESSING', 'ON_HOLD')";
        return jdbc.sql("SELECT j.*, " + OVERDUE + " AS overdue FROM print_jobs j" + where
                + " ORDER BY j.priority, j.due_date ASC NULLS LAST, j.id LIMIT 500").params(params)
                .query(JobQueries::view).list();
    }

    Optional<JobView> find(long id, LocalDate today) {
        return jdbc.sql("SELECT j.*, " + OVERDUE + " AS overdue FROM print_jobs j WHERE j.id = ?")
                .params(Date.valueOf(today), id).query(JobQueries::view).optional();
    }

    List<JobView> forInvoice(long invoiceId, LocalDate today) {
        return jdbc.sql("SELECT j.*, " + OVERDUE + " AS overdue FROM print_jobs j WHERE j.invoice_id = ? "
                + "ORDER BY j.line_position").params(Date.valueOf(today), invoiceId).query(JobQueries::view).list();
    }

    List<JobView> inProgress(long clientId, LocalDate today, int limit) {
        return jdbc.sql("SELECT j.*, " + OVERDUE + " AS overdue FROM print_jobs j WHERE j.client_id = ? "
                + "AND j.status NOT IN ('DELIVERED', 'CANCELLED') ORDER BY j.updated_at DESC, j.id DESC LIMIT ?")
                .params(Date.valueOf(today), clientId, limit).query(JobQueries::view).list();
    }

    private static String where(JobFilter filter, LocalDate today, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.search() != null && !filter.search().isBlank()) {
            String like = LikePattern.containing(filter.search().toLowerCase(Locale.ROOT));
            conditions.add("(lower(j.description) LIKE ? OR lower(j.client_name) LIKE ? "
                    + "OR lower(j.invoice_number) LIKE ? OR CAST(j.id AS TEXT) = ?)");
            params.add(like);
            params.add(like);
            params.add(like);
            params.add(filter.search().strip().replace("#", ""));
        }
        if (filter.status() != null) {
            conditions.add("j.status = ?");
            params.add(filter.status().name());
        }
        if (filter.materialId() != null) {
            conditions.add("j.material_id = ?");
            params.add(filter.materialId());
        }
        if (filter.clientId() != null) {
            conditions.add("j.client_id = ?");
            params.add(filter.clientId());
        }
        if (filter.printerId() != null) {
            conditions.add("j.printer_id = ?");
            params.add(filter.printerId());
        }
        if (filter.overdueOnly()) {
            conditions.add(OVERDUE);
            params.add(Date.valueOf(today));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static JobView view(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_date");
        return new JobView(rs.getLong("id"), rs.getLong("client_id"), rs.getString("client_name"),
                rs.getLong("invoice_id"), rs.getString("invoice_number"), rs.getString("description"),
                rs.getBigDecimal("quantity"), rs.getObject("material_id", Long.class), rs.getString("material_name"),
                rs.getObject("printer_id", Long.class), JobStatus.valueOf(rs.getString("status")),
                rs.getString("held_from_status") == null ? null : JobStatus.valueOf(rs.getString("held_from_status")),
                rs.getString("status_reason"), rs.getInt("priority"), due == null ? null : due.toLocalDate(),
                rs.getObject("estimated_minutes", Integer.class), rs.getBigDecimal("estimated_grams"),
                rs.getObject("actual_minutes", Integer.class), rs.getBigDecimal("actual_grams"),
                rs.getString("notes"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "completed_at"), rs.getLong("version"), rs.getBoolean("overdue"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
