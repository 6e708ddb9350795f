package com.printdesk.notifications;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Without SMTP settings every email waits in the outbox; full admin pages say so (with how many wait),
 * so the bureau does not believe its invoices went out. No query at all once mail is configured.
 */
@ControllerAdvice
class MailBannerAdvice {

    private final MailProperties mail;
    private final OutboxRows rows;

    MailBannerAdvice(MailProperties mail, OutboxRows rows) {
        this.mail = mail;
        this.rows = rows;
    }

    @ModelAttribute("mailBanner")
    String mailBanner(HttpServletRequest request) {
        if (mail.configured() || !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
                || !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/admin")) {
            return null;
        }
        long waiting = rows.countQueued();
        return "Email is not set up (MAIL_HOST is empty): nothing is sent. " + waiting
                + (waiting == 1 ? " email is" : " emails are") + " waiting in the outbox.";
    }
}
