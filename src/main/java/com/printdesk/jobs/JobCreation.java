package com.printdesk.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.MaterialView;
import com.printdesk.invoices.InvoiceEvents.InvoiceIssued;
import com.printdesk.invoices.InvoiceEvents.InvoicePaid;
import com.printdesk.invoices.InvoiceStatus;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.jobs.JobEvents.JobCreated;
import com.printdesk.settings.JobCreationPolicy;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Actors;
import com.printdesk.shared.LineItem;

/**
 * Makes the jobs of an invoice: one per printable line, when the job creation policy says so (issued under
 * ON_INVOICE; paid under either, so an invoice created already paid gets its jobs whatever the policy).
 * A line's job is inserted with ON CONFLICT DO NOTHING on (invoice, line), so redelivered or concurrent
 * events never make a second one.
 */
@Service
class JobCreation {

    private static final Set<InvoiceStatus> LIVE = EnumSet.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.PAID);

    private final Invoices invoices;
    private final Settings settings;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final JobHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JobCreation(Invoices invoices, Settings settings, Catalog catalog, JdbcClient jdbc, JobHistory history,
            ApplicationEventPublisher events, Clock clock) {
        this.invoices = invoices;
        this.settings = settings;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InvoiceIssued event) {
        issued(event);
    }

    @ApplicationModuleListener
    void on(InvoicePaid event) {
        paid(event);
    }

    @Transactional
    List<Long> issued(InvoiceIssued event) {
        if (settings.current().jobCreationPolicy() != JobCreationPolicy.ON_INVOICE) {
            return List.of();
        }
        return createFor(event.invoiceId());
    }

    /** Under either policy: an invoice created already paid (the shop) was never "issued" on its own. */
    @Transactional
    List<Long> paid(InvoicePaid event) {
        return createFor(event.invoiceId());
    }

    /** The jobs created now (none when the invoice has them already, or is no longer live). */
    @Transactional
    public List<Long> createFor(long invoiceId) {
        InvoiceView invoice = invoices.view(invoiceId);
        if (!LIVE.contains(invoice.status())) {
            return List.of();
        }
        List<LineItem> items = invoice.items();
        List<Long> created = new ArrayList<>();
        for (int position = 0; position < items.size(); position++) {
            LineItem item = items.get(position);
            if (item.printable()) {
                insert(invoice, position, item).ifPresent(created::add);
            }
        }
        return created;
    }

    private Optional<Long> insert(InvoiceView invoice, int position, LineItem item) {
        Instant now = clock.instant();
        String client = invoice.details().billTo().company() != null && !invoice.details().billTo().company().isBlank()
                ? invoice.details().billTo().company() : invoice.details().billTo().name();
        String material = catalog.material(item.materialId()).map(MaterialView::label).orElse(null);
        Optional<Long> id = jdbc.sql("""
                INSERT INTO print_jobs (client_id, client_name, invoice_id, invoice_number, line_position, description,
                    quantity, material_id, material_name, status, due_date, estimated_minutes, estimated_grams,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PRE_PROCESSING', ?, ?, ?, ?, ?)
                ON CONFLICT (invoice_id, line_position) DO NOTHING
                RETURNING id
                """)
                .params(invoice.clientId(), client, invoice.id(), invoice.reference(), position, item.description(),
                        item.quantity(), item.materialId(), material,
                        invoice.dueDate() == null ? null : Date.valueOf(invoice.dueDate()),
                        estimatedMinutes(item), estimatedGrams(item), Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).optional();
        id.ifPresent(jobId -> {
            String actor = Actors.current();
            history.record(jobId, null, JobStatus.PRE_PROCESSING, "From " + invoice.reference(), actor, now);
            events.publishEvent(new JobCreated(UUID.randomUUID(), actor, jobId, invoice.clientId(), invoice.id(),
                    "Job #" + jobId + " created for " + item.quantity().stripTrailingZeros().toPlainString() + " × "
                            + item.description() + " (" + invoice.reference() + ")", now));
        });
        return id;
    }

    /** The line's print hours are per unit; the job prints the whole quantity. */
    static Integer estimatedMinutes(LineItem item) {
        if (item.printHours() == null) {
            return null;
        }
        return item.printHours().multiply(item.quantity()).multiply(BigDecimal.valueOf(60))
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    static BigDecimal estimatedGrams(LineItem item) {
        return item.grams() == null ? null : item.grams().multiply(item.quantity()).setScale(2, RoundingMode.HALF_UP);
    }
}
