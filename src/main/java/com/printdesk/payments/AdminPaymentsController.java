package com.printdesk.payments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every payment received, newest first, with refunds; tabs for the payments flagged for review, failed
 * payment attempts and disputes.
 */
@Controller
@RequestMapping("/admin/payments")
class AdminPaymentsController {

    private final Payments payments;
    private final Refunds refunds;
    private final PaymentFailures failures;
    private final StripeDisputes disputes;

    AdminPaymentsController(Payments payments, Refunds refunds, PaymentFailures failures, StripeDisputes disputes) {
        this.payments = payments;
        this.refunds = refunds;
        this.failures = failures;
        this.disputes = disputes;
    }

    /** {@code tab}: payments (with refunds), failures or disputes; {@code flagged=true}: payments needing review. */
    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "payments") String tab, Model model) {
        String shown = flagged ? "review" : switch (tab) {
            case "failures", "disputes" -> tab;
            default -> "payments";
        };
        model.addAttribute("tab", shown);
        model.addAttribute("flaggedOnly", flagged);
        switch (shown) {
            case "failures" -> model.addAttribute("failures", failures.recent(200));
            case "disputes" -> model.addAttribute("disputes", disputes.recent(200));
            default -> {
                model.addAttribute("payments", payments.recent(flagged, 200));
                model.addAttribute("refunds", refunds.recent(100));
            }
        }
        return "admin/payments/list";
    }
}
