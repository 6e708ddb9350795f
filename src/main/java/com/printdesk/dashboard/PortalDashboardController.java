package com.printdesk.dashboard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.clients.Clients;
import com.printdesk.jobs.PrintJobs;
import com.printdesk.shared.NotFound;

@Controller
class PortalDashboardController {

    private final Clients clients;
    private final PortalDashboard dashboard;
    private final PrintJobs jobs;

    PortalDashboardController(Clients clients, PortalDashboard dashboard, PrintJobs jobs) {
        this.jobs = jobs;
        this.clients = clients;
        this.dashboard = dashboard;
    }

    @GetMapping("/portal")
    String dashboard(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("client", clients.find(me.clientId()).orElseThrow(() -> new NotFound("Client")));
        model.addAttribute("summary", dashboard.summary(me.clientId()));
        model.addAttribute("jobsInProgress", jobs.inProgressForClient(me.clientId(), 5));
        return "portal/dashboard";
    }
}
