package com.printdesk.payments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every payment received, newest first, with the ones flagged for review a click away. */
@Controller
@RequestMapping("/admin/payments")
class AdminPaymentsController {

    private final Payments payments;
    private final Refunds refunds;

    AdminPaymentsController(Payments payments, Refunds refunds) {
        this.payments = payments;
        this.refunds = refunds;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean flagged, Model model) {
        model.addAttribute("payments", payments.recent(flagged, 200));
        model.addAttribute("flaggedOnly", flagged);
        model.addAttribute("refunds", refunds.recent(100));
        return "admin/payments/list";
    }
}
