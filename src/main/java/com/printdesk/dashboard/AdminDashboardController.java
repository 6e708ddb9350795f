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

    AdminDashboardController(Accounts accounts, Clients clients) {
        this.accounts = accounts;
        this.clients = clients;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("clientCount", clients.count());
        model.addAttribute("users", accounts.counts());
        model.addAttribute("recentClients", clients.recent(5));
        return "admin/dashboard";
    }
}
