package com.printdesk.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.printdesk.accounts.Accounts;
import com.printdesk.clients.Clients;

@Controller
class AdminDashboardController {

    private final Accounts accounts;
    private final Clients clients;
    private final AdminDashboard dashboard;

    AdminDashboardController(Accounts accounts, Clients clients, AdminDashboard dashboard) {
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
        return "admin/dashboard";
    }
}
