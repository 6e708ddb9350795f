package com.printdesk.dashboard;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.printdesk.accounts.Accounts;
import com.printdesk.catalog.Catalog;
import com.printdesk.clients.Clients;
import com.printdesk.jobs.PrintJobs;

@Controller
class AdminDashboardController {

    private final Accounts accounts;
    private final Clients clients;
    private final AdminDashboard dashboard;
    private final PrintJobs jobs;
    private final Catalog catalog;

    AdminDashboardController(Accounts accounts, Clients clients, AdminDashboard dashboard, PrintJobs jobs,
            Catalog catalog) {
        this.jobs = jobs;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clients = clients;
        this.dashboard = dashboard;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("revenue", dashboard.revenue());
        model.addAttribute("receivables", dashboard.receivables());
        model.addAttribute("quotesAwaiting", dashboard.quotesAwaitingAnswer());
        model.addAttribute("activity", dashboard.recentActivity());
        model.addAttribute("clientCount", clients.count());
        model.addAttribute("users", accounts.counts());
        model.addAttribute("recentClients", clients.recent(5));
        model.addAttribute("jobCounts", jobs.countsByStatus());
        model.addAttribute("printers", printerLoad());
        return "admin/dashboard";
    }

    /** Each active printer with the jobs printing on it (a printer with none shows its catalog status). */
    private List<PrinterLoad> printerLoad() {
        Map<Long, Long> printing = jobs.printingPerPrinter();
        return catalog.activePrinters().stream().map(printer -> new PrinterLoad(printer.id(), printer.name(),
                printing.getOrDefault(printer.id(), 0L), printing.containsKey(printer.id()) ? "Printing"
                        : printer.status().displayName())).toList();
    }

    record PrinterLoad(long id, String name, long printing, String state) {
    }
}
