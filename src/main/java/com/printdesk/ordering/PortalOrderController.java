package com.printdesk.ordering;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;

/**
 * The "Order a print" page. It is a shell: uploads, previews, prices and checkout run in the browser
 * against {@code /api/quick-order/**}; the server only fills in who is ordering, so the contact details
 * start from the client's record.
 */
@Controller
class PortalOrderController {

    private final Clients clients;
    private final OrderingProperties limits;

    PortalOrderController(Clients clients, OrderingProperties limits) {
        this.clients = clients;
        this.limits = limits;
    }

    @GetMapping("/portal/order")
    String show(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("contact", contactOf(me));
        // the page refuses what the upload would refuse before sending a byte of it
        model.addAttribute("maxFiles", limits.maxFiles());
        model.addAttribute("maxFileBytes", limits.maxFileSize().toBytes());
        model.addAttribute("maxFileSize", OrderingLimits.describe(limits.maxFileSize().toBytes()));
        return "portal/ordering/order";
    }

    /** The client record's name, email and phone; the sign-in name and email when the record is gone. */
    private OrderContact contactOf(AccountPrincipal me) {
        return clients.find(me.clientId())
                .map(client -> contactOf(client, me))
                .orElseGet(() -> new OrderContact(me.displayName(), me.email(), ""));
    }

    private static OrderContact contactOf(ClientSummary client, AccountPrincipal me) {
        return new OrderContact(client.name(), client.email() == null ? me.email() : client.email(),
                client.phone() == null ? "" : client.phone());
    }

    /** What the page prefills; the client may change it for this order only. */
    record OrderContact(String name, String email, String phone) {
    }
}
