package com.printdesk.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.shared.BusinessRuleViolation;

/** "Email to client" on a quote's and an invoice's page: a compose form with the subject and message editable. */
@Controller
class AdminDocumentMailController {

    private final DocumentMails mails;
    private final MailProperties mail;

    AdminDocumentMailController(DocumentMails mails, MailProperties mail) {
        this.mails = mails;
        this.mail = mail;
    }

    @GetMapping("/admin/quotes/{id}/email")
    String composeQuote(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return compose(model, redirect, "quotes", id, () -> mails.quoteDraft(id));
    }

    @PostMapping("/admin/quotes/{id}/email")
    String sendQuote(@PathVariable long id, @RequestParam String subject, @RequestParam(defaultValue = "") String message,
            @RequestParam String sendId, Model model, RedirectAttributes redirect) {
        return send(model, redirect, "quotes", id, new DocumentMails.Draft(null, subject, message, sendId),
                () -> mails.sendQuote(id, subject, message, sendId), () -> mails.quoteDraft(id));
    }

    @GetMapping("/admin/invoices/{id}/email")
    String composeInvoice(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return compose(model, redirect, "invoices", id, () -> mails.invoiceDraft(id));
    }

    @PostMapping("/admin/invoices/{id}/email")
    String sendInvoice(@PathVariable long id, @RequestParam String subject,
            @RequestParam(defaultValue = "") String message, @RequestParam String sendId, Model model,
            RedirectAttributes redirect) {
        return send(model, redirect, "invoices", id, new DocumentMails.Draft(null, subject, message, sendId),
                () -> mails.sendInvoice(id, subject, message, sendId), () -> mails.invoiceDraft(id));
    }

    private String compose(Model model, RedirectAttributes redirect, String kind, long id,
            java.util.function.Supplier<DocumentMails.Draft> draft) {
        try {
            model.addAttribute("draft", draft.get());
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
            return "redirect:/admin/" + kind + "/" + id;
        }
        return form(model, kind, id);
    }

    private String send(Model model, RedirectAttributes redirect, String kind, long id, DocumentMails.Draft entered,
            java.util.function.LongSupplier send, java.util.function.Supplier<DocumentMails.Draft> fresh) {
        try {
            send.getAsLong();
            redirect.addFlashAttribute("notice", mail.configured()
                    ? "The email is on its way to the client."
                    : "The email is queued; it will go out once SMTP (MAIL_HOST) is set up.");
            return "redirect:/admin/" + kind + "/" + id;
        }
        catch (BusinessRuleViolation ex) {
            String recipient;
            try {
                recipient = fresh.get().recipient();
            }
            catch (BusinessRuleViolation cannotSend) {
                redirect.addFlashAttribute("problem", cannotSend.getMessage());
                return "redirect:/admin/" + kind + "/" + id;
            }
            model.addAttribute("draft", new DocumentMails.Draft(recipient, entered.subject(), entered.message(),
                    entered.sendId()));
            model.addAttribute("error", ex.getMessage());
            return form(model, kind, id);
        }
    }

    private static String form(Model model, String kind, long id) {
        model.addAttribute("kind", kind);
        model.addAttribute("documentId", id);
        model.addAttribute("backUrl", "/admin/" + kind + "/" + id);
        return "admin/notifications/compose";
    }
}
