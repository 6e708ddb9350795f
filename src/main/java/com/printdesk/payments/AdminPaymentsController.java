package com.printdesk.payments;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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

    private final Refunds refunds;
    private final PaymentFailures failures;
    private final StripeDisputes disputes;
    private final PaymentSearch search;

    AdminPaymentsController(PaymentSearch search, Refunds refunds, PaymentFailures failures, StripeDisputes disputes) {
        this.search = search;
        this.refunds = refunds;
        this.failures = failures;
        this.disputes = disputes;
    }

    /**
     * {@code tab}: payments (with refunds), failures or disputes; {@code flagged=true}: payments needing
     * review. Payments narrow by method, paid-on dates and text (reference, Stripe ID, note, payable number).
     */
    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "payments") String tab, @RequestParam(required = false) String method,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String shown = flagged ? "review" : switch (tab) {
            case "failures", "disputes" -> tab;
            default -> "payments";
        };
        model.addAttribute("tab", shown);
        model.addAttribute("flaggedOnly", flagged);
        model.addAttribute("methods", PaymentMethod.values());
        switch (shown) {
            case "failures" -> model.addAttribute("failures", failures.recent(200));
            case "disputes" -> model.addAttribute("disputes", disputes.recent(200));
            default -> {
                List<String> problems = new ArrayList<>();
                PaymentSearch.Filter filter = new PaymentSearch.Filter(methodOf(method, problems),
                        dateOf(from, "From", problems), dateOf(to, "To", problems), q, flagged);
                model.addAttribute("filter", filter);
                model.addAttribute("filterProblems", problems);
                model.addAttribute("page", search.search(filter, page));
                model.addAttribute("refunds", refunds.recent(100));
            }
        }
        return "admin/payments/list";
    }

    private static PaymentMethod methodOf(String method, List<String> problems) {
        if (method == null || method.isBlank()) {
            return null;
        }
        try {
            return PaymentMethod.valueOf(method);
        }
        catch (IllegalArgumentException unknown) {
            problems.add("There is no payment method \"" + method + "\"; showing every method.");
            return null;
        }
    }

    private static LocalDate dateOf(String date, String label, List<String> problems) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        }
        catch (DateTimeParseException unreadable) {
            problems.add(label + " date \"" + date + "\" is not a date (use YYYY-MM-DD); it was left out.");
            return null;
        }
    }
}
