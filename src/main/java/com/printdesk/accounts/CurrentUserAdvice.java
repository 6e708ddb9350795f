package com.printdesk.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Exposes the signed-in user to every page as {@code me} (null on public pages). */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    AccountPrincipal me(@AuthenticationPrincipal AccountPrincipal me) {
        return me;
    }
}
