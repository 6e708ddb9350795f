package com.printdesk.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.settings.Settings;
import com.printdesk.shared.NotFound;

/**
 * The jobs module's read API: lists, a job with its history, and the figures the dashboards show (computed
 * by SQL, never by loading every job).
 */
@Service
public class PrintJobs {

    private final JobQueries queries;
    private final JobFigures figures;
    private final JobHistory history;
    private final Settings settings;
    private final Clock clock;

    PrintJobs(JobQueries queries, JobFigures figures, JobHistory history, Settings settings, Clock clock) {
        this.queries = queries;
        this.figures = figures;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<JobView> search(JobFilter filter, Pageable pageable) {
        LocalDate today = today();
        List<JobView> content = queries.search(filter, today, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(content, pageable, queries.count(filter, today));
    }

    @Transactional(readOnly = true)
    public JobView view(long id) {
        return queries.find(id, today()).orElseThrow(() -> new NotFound("Job"));
    }

    /** A client's own job; another client's is not found. */
    @Transactional(readOnly = true)
    public JobView viewForClient(long id, long clientId) {
        return queries.find(id, today()).filter(job -> job.clientId() == clientId)
                .orElseThrow(() -> new NotFound("Job"));
    }

    @Transactional(readOnly = true)
    public List<JobStatusEntry> history(long id) {
        return history.of(id);
    }

    @Transactional(readOnly = true)
    public Page<JobView> forClient(long clientId, Pageable pageable) {
        return search(new JobFilter(null, null, null, clientId, null, false, "newest"), pageable);
    }

    @Transactional(readOnly = true)
    public List<JobView> forInvoice(long invoiceId) {
        return queries.forInvoice(invoiceId, today());
    }

    /** How many jobs are in each status (every status present, zero when none). */
    @Transactional(readOnly = true)
    public Map<JobStatus, Long> countsByStatus() {
        return figures.countsByStatus();
    }

    /** Printer ID → jobs printing on it now; a printer absent from the map is idle. */
    @Transactional(readOnly = true)
    public Map<Long, Long> printingPerPrinter() {
        return figures.printingPerPrinter();
    }

    /** A client's jobs not yet delivered or cancelled, most recently changed first. */
    @Transactional(readOnly = true)
    public List<JobView> inProgressForClient(long clientId, int limit) {
        return queries.inProgress(clientId, today(), Math.max(1, Math.min(limit, 100)));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(settings.current().timeZone()));
    }
}
