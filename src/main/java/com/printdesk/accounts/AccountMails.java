package com.printdesk.accounts;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.printdesk.shared.AppUrl;
import com.printdesk.shared.OutgoingMail;

/**
 * The mails accounts sends: invitations (portal and staff) carrying the set-password link that is also
 * shown once on screen, and password reset links. Queued in the caller's transaction; the links are
 * secrets, so the outbox forgets them once sent.
 */
@Component
class AccountMails {

    private final OutgoingMail mail;
    private final AppUrl appUrl;

    AccountMails(OutgoingMail mail, AppUrl appUrl) {
        this.mail = mail;
        this.appUrl = appUrl;
    }

    void portalInvitation(String email, String name, String token) {
        invitation(email, name, token, "portal", "Your client portal access");
    }

    void staffInvitation(String email, String name, String token) {
        invitation(email, name, token, "staff", "Your PrintDesk staff account");
    }

    void passwordReset(String email, String name, String token, long requestId) {
        mail.queue("password-reset:" + requestId, email, "Reset your password", "password-reset",
                Map.of("name", name, "link", link("/reset-password", token), "validity", "1 hour"), true);
    }

    private void invitation(String email, String name, String token, String kind, String subject) {
        mail.queue("invitation:" + PasswordTokens.hash(token), email, subject, "invitation",
                Map.of("name", name, "kind", kind, "link", link("/set-password", token), "validity", "3 days"), true);
    }

    private String link(String path, String token) {
        return UriComponentsBuilder.fromUri(appUrl.uri()).path(path).queryParam("token", token).build().toUriString();
    }
}
