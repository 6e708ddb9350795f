package com.printdesk.jobs;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Aggregates computed by SQL: counts for the dashboard, quoted vs actual for the report. */
@Component
class JobFigures {

    private static final String DIFF_GRAMS = "(j.actual_grams - j.estimated_grams) * 100.0 / NULLIF(j.estimated_grams, 0)";
    private static final String DIFF_MINUTES = "(j.actual_minutes - j.estimated_minutes) * 100.0 / NULLIF(j.estimated_minutes, 0)";
    private static final String MEASURED = " FROM print_jobs j WHERE j.actual_grams IS NOT NULL"
            + " AND j.estimated_grams IS NOT NULL AND j.status <> 'CANCELLED'";

    private final JdbcClient jdbc;

    JobFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<JobStatus, Long> countsByStatus() {
        Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, count(*) AS n FROM print_jobs GROUP BY status")
                .query(rs -> {
                    counts.put(JobStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    Map<Long, Long> printingPerPrinter() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT printer_id, count(*) AS n FROM print_jobs
                WHERE status = 'PRINTING' AND printer_id IS NOT NULL GROUP BY printer_id ORDER BY printer_id
                """).query(rs -> {
                    counts.put(rs.getLong("printer_id"), rs.getLong("n"));
                });
        return counts;
    }

    /** The average difference per material ({@code key} is the material's name). */
    List<UsageAverage> byMaterial() {
        return averages("coalesce(j.material_name, 'No material')");
    }

    /** The average difference per printer ({@code key} is the printer's ID, or "none"). */
    List<UsageAverage> byPrinter() {
        return averages("coalesce(CAST(j.printer_id AS TEXT), 'none')");
    }

    private List<UsageAverage> averages(String key) {
        return jdbc.sql("SELECT " + key + " AS k, count(*) AS jobs, round(avg(" + DIFF_GRAMS + "), 1) AS grams, "
                + "round(avg(" + DIFF_MINUTES + "), 1) AS minutes" + MEASURED + " GROUP BY 1 ORDER BY 1")
                .query((rs, row) -> new UsageAverage(rs.getString("k"), rs.getLong("jobs"),
                        rs.getBigDecimal("grams"), rs.getBigDecimal("minutes")))
                .list();
    }

    /** Measured jobs, newest completion first. */
    List<JobView> measured(int limit) {
        return jdbc.sql("SELECT j.*, false AS overdue" + MEASURED
                + " ORDER BY j.completed_at DESC NULLS LAST, j.id DESC LIMIT ?")
                .param(limit).query(JobQueries::view).list();
    }

    /** One group of the report: how many measured jobs, average % over (+) or under (−) the quote. */
    record UsageAverage(String key, long jobs, BigDecimal gramsPercent, BigDecimal minutesPercent) {
    }
}
