package com.printdesk.notifications;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.shared.NotFound;

/** Emails: the outbox (list, filter, view, resend) and the mail options shown on the settings page. */
@Controller
@RequestMapping("/admin/emails")
class AdminEmailsController {

    private final OutboxSearch search;
    private final OutboxRows rows;
    private final MailRenderer renderer;
    private final MailOptionsSource options;
    private final MailProperties mail;
    private final Clock clock;
    private final MailPreviews previews;

    AdminEmailsController(OutboxSearch search, OutboxRows rows, MailRenderer renderer, MailOptionsSource options,
            MailProperties mail, Clock clock, MailPreviews previews) {
        this.previews = previews;
        this.search = search;
        this.rows = rows;
        this.renderer = renderer;
        this.options = options;
        this.mail = mail;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) EmailStatus status, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", search.search(status, to, Math.max(page, 0)));
        model.addAttribute("status", status);
        model.addAttribute("to", to);
        model.addAttribute("statuses", EmailStatus.values());
        model.addAttribute("configured", mail.configured());
        return "admin/notifications/emails";
    }

    /** Each template with sample values and the current branding. */
    @GetMapping("/previews")
    String previews(@RequestParam(required = false) String template, Model model) {
        java.util.Map<String, MailPreviews.Sample> samples = previews.samples();
        String chosen = template != null && samples.containsKey(template) ? template : samples.keySet().iterator().next();
        MailPreviews.Sample sample = samples.get(chosen);
        MailRenderer.RenderedMail rendered = renderer.render(sample.subject(), chosen, sample.model());
        model.addAttribute("templates", samples.keySet());
        model.addAttribute("template", chosen);
        model.addAttribute("subject", sample.subject());
        model.addAttribute("html", rendered.html());
        model.addAttribute("text", rendered.text());
        return "admin/notifications/previews";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        OutboxEmail email = rows.find(id).orElseThrow(() -> new NotFound("Email"));
        model.addAttribute("email", email);
        if (!email.contentRemoved()) {
            MailRenderer.RenderedMail rendered = renderer.render(email.subject(), email.template(), email.model());
            model.addAttribute("html", rendered.html());
            model.addAttribute("text", rendered.text());
        }
        return "admin/notifications/email";
    }

    @PostMapping("/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        rows.find(id).orElseThrow(() -> new NotFound("Email"));
        if (rows.requeue(id, clock.instant())) {
            redirect.addFlashAttribute("notice", "The email is queued to be sent again.");
        }
        else {
            redirect.addFlashAttribute("problem", "This email cannot be sent again (it is still queued, or it carried a "
                    + "one-time link that was removed after sending).");
        }
        return "redirect:/admin/emails/" + id;
    }

    /** The reply-to and BCC options, loaded into the settings page with htmx. */
    @GetMapping("/options")
    String options(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("choices", options.choices());
        return htmx != null ? "admin/notifications/options :: panel" : "admin/notifications/options";
    }

    @PostMapping("/options")
    String saveOptions(@RequestParam(defaultValue = "") String replyTo,
            @RequestParam(defaultValue = "false") boolean bccBureau, RedirectAttributes redirect) {
        String trimmed = replyTo.strip();
        if (!trimmed.isEmpty() && !trimmed.matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
            redirect.addFlashAttribute("problem", "The reply-to address is not a valid email address.");
            return "redirect:/admin/settings";
        }
        options.update(new MailOptionsSource.MailChoices(trimmed, bccBureau));
        redirect.addFlashAttribute("notice", "Email options saved.");
        return "redirect:/admin/settings";
    }
}
