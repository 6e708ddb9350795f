package com.printdesk.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterView;
import com.printdesk.invoices.Invoices;

/** What the job pages need besides jobs: printer names, filter options, the order's delivery. */
@Component
class JobPages {

    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final Invoices invoices;

    JobPages(Catalog catalog, JdbcClient jdbc, Invoices invoices) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.invoices = invoices;
    }

    /** "Pickup" or where to ship, as the job's invoice says (shop orders); null when it says nothing. */
    String delivery(JobView job) {
        return invoices.view(job.invoiceId()).delivery();
    }

    List<PrinterView> printers() {
        return catalog.activePrinters();
    }

    List<MaterialView> materials() {
        return catalog.activeMaterials();
    }

    /** Printer ID → name, including deactivated printers jobs still refer to. */
    Map<Long, String> printerNames(List<JobView> jobs) {
        Map<Long, String> names = new LinkedHashMap<>();
        catalog.activePrinters().forEach(printer -> names.put(printer.id(), printer.name()));
        jobs.stream().map(JobView::printerId).filter(id -> id != null && !names.containsKey(id)).distinct()
                .forEach(id -> names.put(id, catalog.printer(id).map(PrinterView::name).orElse("Printer #" + id)));
        return names;
    }

    /** The clients that have jobs, for the client filter (client ID → name). */
    Map<Long, String> clientsWithJobs() {
        Map<Long, String> clients = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT client_id, max(client_name) AS name FROM print_jobs GROUP BY client_id ORDER BY 2 LIMIT 500
                """).query(rs -> {
                    clients.put(rs.getLong("client_id"), rs.getString("name"));
                });
        return clients;
    }
}
