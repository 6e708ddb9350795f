package com.printdesk.dashboard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.clients.Clients;
import com.printdesk.shared.NotFound;

@Controller
class PortalDashboardController {

    private final Clients clients;

    PortalDashboardController(Clients clients) {
        this.clients = clients;
    }

    @GetMapping("/portal")
    String dashboard(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("client", clients.find(me.clientId()).orElseThrow(() -> new NotFound("Client")));
        return "portal/dashboard";
    }
}
