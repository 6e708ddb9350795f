package com.printdesk.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@AuthenticationPrincipal AccountPrincipal user) {
        return user != null ? home(user) : "login";
    }

    /** The root sends each user to their own side. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal user) {
        return user.isAdmin() ? "redirect:/admin" : "redirect:/portal";
    }
}
