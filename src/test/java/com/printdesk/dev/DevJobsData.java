package com.printdesk.dev;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.catalog.PrinterForm;
import com.printdesk.catalog.PrinterStatus;
import com.printdesk.catalog.PrinterView;
import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.InvoicePayments;
import com.printdesk.invoices.Invoices;
import com.printdesk.jobs.JobStatus;
import com.printdesk.jobs.JobView;
import com.printdesk.jobs.JobWork;
import com.printdesk.jobs.PrintJobs;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.LineItem;
import com.printdesk.shared.Money;

/**
 * A bureau at work for the dev run: paid invoices whose jobs sit in every status, printers with queues
 * (one under maintenance), and finished jobs with quoted vs actual figures. Jobs are made the real way, by
 * the jobs module reacting to InvoicePaid; this waits for them before moving them along.
 */
@Component
@Profile("dev")
class DevJobsData {

    private static final Logger log = LoggerFactory.getLogger(DevJobsData.class);

    private final Clients clients;
    private final Catalog catalog;
    private final PrinterAdmin printerAdmin;
    private final Invoices invoices;
    private final InvoicePayments payments;
    private final PrintJobs jobs;
    private final JobWork work;
    private final JdbcClient jdbc;

    DevJobsData(Clients clients, Catalog catalog, PrinterAdmin printerAdmin, Invoices invoices,
            InvoicePayments payments, PrintJobs jobs, JobWork work, JdbcClient jdbc) {
        this.clients = clients;
        this.catalog = catalog;
        this.printerAdmin = printerAdmin;
        this.invoices = invoices;
        this.payments = payments;
        this.jobs = jobs;
        this.work = work;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void seed() {
        if (jdbc.sql("SELECT count(*) FROM print_jobs").query(Long.class).single() > 0) {
            return;
        }
        List<MaterialView> materials = catalog.activeMaterials();
        List<PrinterView> printers = new ArrayList<>(catalog.activePrinters());
        List<ClientSummary> people = clients.options();
        if (materials.isEmpty() || printers.size() < 2 || people.isEmpty()) {
            log.warn("No demo jobs: the catalog or the clients have no demo data yet");
            return;
        }
        Set<Long> all = materials.stream().map(MaterialView::id).collect(Collectors.toSet());
        printers.add(printerAdmin.create(new PrinterForm("MK3S #2", "Original Prusa i3 MK3S+", 250, 210, 220,
                new BigDecimal("0.4"), "prusa-mk3s-250x210x220", all, PrinterStatus.MAINTENANCE, 0)));
        List<JobView> made = new ArrayList<>();
        String[][] orders = {
                {"Drone frame arms", "4", "35", "2.5", "Camera mount", "2", "18", "1.2", "Battery clip", "6", "6", "0.4"},
                {"Gearbox housing", "1", "140", "7", "Planetary gears", "3", "22", "1.5", "Shaft collar", "8", "4", "0.3"},
                {"Architectural model", "1", "310", "14", "Display base", "1", "95", "4", "Name plate", "2", "12", "0.6"},
                {"Cable guides", "20", "3", "0.2", "Enclosure lid", "1", "160", "8", "Knob set", "10", "5", "0.3"}};
        for (int i = 0; i < orders.length; i++) {
            ClientSummary client = people.get(i % people.size());
            made.addAll(paidInvoiceJobs(client, orders[i], materials));
        }
        if (made.size() < 12) {
            log.warn("Only {} demo jobs appeared; not arranging the board", made.size());
            return;
        }
        arrange(made, printers);
    }

    /** Puts the twelve jobs in every status across the printers, with actuals for the finished ones. */
    private void arrange(List<JobView> made, List<PrinterView> printers) {
        PrinterView first = printers.get(0);
        PrinterView second = printers.get(1);
        PrinterView maintenance = printers.get(printers.size() - 1);
        walk(made.get(0), first, 3, JobStatus.QUEUED, JobStatus.PRINTING);
        walk(made.get(1), first, 2, JobStatus.QUEUED);
        walk(made.get(2), first, 5, JobStatus.QUEUED);
        walk(made.get(3), second, 4, JobStatus.QUEUED, JobStatus.PRINTING);
        walk(made.get(4), second, 5, JobStatus.QUEUED);
        finish(made.get(5), second, 95, "24.1", JobStatus.POST_PROCESSING);
        finish(made.get(6), first, 870, "335.2", JobStatus.POST_PROCESSING, JobStatus.READY);
        finish(made.get(7), second, 250, "88.0", JobStatus.POST_PROCESSING, JobStatus.READY, JobStatus.DELIVERED);
        walk(made.get(8), maintenance, 5, JobStatus.QUEUED);
        work.changeStatus(made.get(9).id(), JobStatus.ON_HOLD, "Waiting for the client to confirm the colour",
                version(made.get(9)));
        work.changeStatus(made.get(10).id(), JobStatus.CANCELLED, "Client no longer needs it", version(made.get(10)));
        // made.get(11) stays in pre-processing, unassigned
        work.plan(made.get(11).id(), 1, LocalDate.now().minusDays(2), "Rush: promised for last Friday",
                version(made.get(11)));
    }

    private void walk(JobView job, PrinterView printer, int priority, JobStatus... steps) {
        work.assign(job.id(), printer.id(), priority, version(job));
        for (JobStatus step : steps) {
            work.changeStatus(job.id(), step, null, version(job));
        }
    }

    private void finish(JobView job, PrinterView printer, int minutes, String grams, JobStatus... after) {
        walk(job, printer, 5, JobStatus.QUEUED, JobStatus.PRINTING);
        work.complete(job.id(), minutes, new BigDecimal(grams), version(job));
        for (JobStatus step : after) {
            if (jobs.view(job.id()).status() != step) {
                work.changeStatus(job.id(), step, null, version(job));
            }
        }
    }

    private long version(JobView job) {
        return jobs.view(job.id()).version();
    }

    private List<JobView> paidInvoiceJobs(ClientSummary client, String[] lines, List<MaterialView> materials) {
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < lines.length; i += 4) {
            MaterialView material = materials.get((i / 4) % materials.size());
            items.add(new LineItem(lines[i] + ", " + material.name(), new BigDecimal(lines[i + 1]),
                    Money.parse("25.00"), BigDecimal.ZERO, false, null, material.id(), new BigDecimal(lines[i + 2]),
                    new BigDecimal(lines[i + 3])));
        }
        DocumentDetails details = new DocumentDetails(GstCalculation.PriceEntry.EXCLUSIVE,
                new DocumentDetails.BillTo(client.name(), client.company(), null, client.email(),
                        client.billingAddress()), items, null, null, null, null, null);
        long invoiceId = invoices.createDraft(new InvoiceDraft(client.id(), details));
        invoices.issue(invoiceId);
        payments.recordManual(invoiceId, new ManualPayment(PaymentMethod.BANK_TRANSFER,
                invoices.view(invoiceId).balance(), LocalDate.now(), "EFT", null));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jobs.forInvoice(invoiceId).size() < items.size() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return jobs.forInvoice(invoiceId);
    }
}
