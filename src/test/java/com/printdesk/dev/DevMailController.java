package com.printdesk.dev;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.notifications.CapturedMail;
import com.printdesk.shared.NotFound;

/**
 * {@code /dev/mail} (dev run only, administrators): every mail the in-process SMTP server ({@link MailCapture})
 * received, newest first, with its HTML, its plain text and its attachments, so a newcomer sees what
 * PrintDesk would send. Lives in the test sources: a production build has neither it nor GreenMail.
 */
@Controller
@Profile("dev")
@RequestMapping("/dev/mail")
class DevMailController {

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        requireAdmin(me);
        List<MimeMessage> messages = MailCapture.messages();
        List<CapturedView> views = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0; i--) {
            views.add(CapturedView.of(i, messages.get(i)));
        }
        model.addAttribute("mails", views);
        return "dev/mail";
    }

    @GetMapping("/{index}/attachments/{n}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal AccountPrincipal me, @PathVariable int index,
            @PathVariable int n) {
        requireAdmin(me);
        List<MimeMessage> messages = MailCapture.messages();
        if (index < 0 || index >= messages.size()) {
            throw new NotFound("Mail");
        }
        List<CapturedView.File> files = CapturedView.of(index, messages.get(index)).attachments();
        if (n < 0 || n >= files.size()) {
            throw new NotFound("Attachment");
        }
        CapturedView.File file = files.get(n);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.name()).build().toString())
                .body(file.bytes());
    }

    private static void requireAdmin(AccountPrincipal me) {
        if (me == null || !me.isAdmin()) {
            throw new AccessDeniedException("Administrators only");
        }
    }

    /** The admin navigation shows the dev page's link in the dev run only. */
    @ControllerAdvice
    @Profile("dev")
    static class DevMailLink {

        @ModelAttribute("devMailCapture")
        Boolean devMailCapture() {
            return Boolean.TRUE;
        }
    }

    record CapturedView(int index, String from, String to, String subject, java.util.Date sent, String html,
            String text, List<File> attachments) {

        /** The parts as the mail tests read them ({@link CapturedMail}), plus sender and date for the list. */
        static CapturedView of(int index, MimeMessage message) {
            CapturedMail mail = CapturedMail.of(message);
            try {
                return new CapturedView(index, String.valueOf(message.getFrom()[0]), mail.to(), mail.subject(),
                        message.getSentDate(), mail.html(), mail.text(),
                        mail.attachments().stream().map(a -> new File(a.name(), a.bytes())).toList());
            }
            catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }

        record File(String name, byte[] bytes) {
        }
    }
}
