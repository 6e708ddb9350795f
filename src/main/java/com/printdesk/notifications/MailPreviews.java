package com.printdesk.notifications;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.printdesk.shared.AppUrl;

/** Every mail template with sample values, so the bureau can see its emails (with its branding) before a client does. */
@Component
class MailPreviews {

    private final AppUrl appUrl;

    MailPreviews(AppUrl appUrl) {
        this.appUrl = appUrl;
    }

    /** Template → (subject, sample model), in the order the admin page lists them. */
    Map<String, Sample> samples() {
        String invoice = appUrl.link("/portal/invoices/0");
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("document", new Sample("Tax invoice INV-000123 from your bureau", Map.of("name", "Ada Lovelace",
                "message", "Thank you for your business.\nYour parts are printing now.", "document",
                "Tax invoice INV-000123", "total", "$1,100.00", "dueDate", "14 December 2026", "attachmentName",
                "Tax-invoice-INV-000123.pdf", "payUrl", invoice, "portalUrl", invoice, "portalLabel", "View the invoice")));
        samples.put("receipt", new Sample("Payment received for INV-000123: $550.00", Map.of("name", "Ada Lovelace",
                "amount", "$550.00", "method", "Bank transfer", "date", "1 December 2026", "document",
                "Tax invoice INV-000123", "portalUrl", invoice)));
        samples.put("adjustment", new Sample("Refund of $49.50: adjustment note AN-000007", Map.of("name",
                "Ada Lovelace", "amount", "$49.50", "note", "Adjustment note AN-000007", "document",
                "Tax invoice INV-000123", "reason", "One bracket arrived cracked", "attachmentName",
                "Adjustment-note-AN-000007.pdf", "portalUrl", invoice)));
        samples.put("job-ready", new Sample("Ready: Drone arm, PETG (Job #42)", Map.of("name", "Ada Lovelace", "job",
                "Job #42", "description", "Drone arm, PETG", "quantity", "4", "document", "Tax invoice INV-000123",
                "pickup", "12 Printer Lane\nSydney NSW 2000", "portalUrl", appUrl.link("/portal/jobs/42"))));
        samples.put("job-delivered", new Sample("Delivered: Drone arm, PETG (Job #42)", Map.of("name", "Ada Lovelace",
                "job", "Job #42", "description", "Drone arm, PETG", "quantity", "4", "document",
                "Tax invoice INV-000123", "portalUrl", appUrl.link("/portal/jobs/42"))));
        samples.put("overdue-reminder", new Sample("Reminder: tax invoice INV-000123 is overdue", Map.of("name",
                "Ada Lovelace", "document", "Tax invoice INV-000123", "dueDate", "14 December 2026", "days", "7",
                "balance", "$550.00", "portalUrl", invoice)));
        samples.put("invitation", new Sample("Your client portal access", Map.of("name", "Ada Lovelace", "kind",
                "portal", "link", appUrl.link("/set-password?token=example"), "validity", "3 days")));
        samples.put("password-reset", new Sample("Reset your password", Map.of("name", "Ada Lovelace", "link",
                appUrl.link("/reset-password?token=example"), "validity", "1 hour")));
        return samples;
    }

    record Sample(String subject, Map<String, String> model) {
    }
}
