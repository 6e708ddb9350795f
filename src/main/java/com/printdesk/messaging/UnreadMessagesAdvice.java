package com.printdesk.messaging;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.printdesk.accounts.AccountPrincipal;

/**
 * Puts the signed-in user's unread message count into the model of every full page under /admin and
 * /portal (the navigation shows it). One query; skipped for posts (they redirect) and htmx fragments.
 */
@ControllerAdvice
class UnreadMessagesAdvice {

    private final ReadMarkers reads;

    UnreadMessagesAdvice(ReadMarkers reads) {
        this.reads = reads;
    }

    @ModelAttribute("unreadMessages")
    Long unreadMessages(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        if (me == null || !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean admin = path.startsWith("/admin") && me.isAdmin();
        boolean portal = path.startsWith("/portal") && !me.isAdmin();
        return admin || portal ? reads.unread(Author.of(me)) : null;
    }
}
