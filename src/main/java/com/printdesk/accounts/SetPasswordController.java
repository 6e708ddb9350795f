package com.printdesk.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.printdesk.shared.BusinessRuleViolation;

/** The page behind a one-time set-password link. */
@Controller
class SetPasswordController {

    private final Passwords passwords;

    SetPasswordController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/set-password")
    String form(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        passwords.emailForToken(token).ifPresentOrElse(email -> model.addAttribute("email", email),
                () -> model.addAttribute("invalid", true));
        return "set-password";
    }

    @PostMapping("/set-password")
    String set(@RequestParam String token, @RequestParam String password, @RequestParam String confirmation,
            Model model) {
        model.addAttribute("token", token);
        passwords.emailForToken(token).ifPresent(email -> model.addAttribute("email", email));
        if (!password.equals(confirmation)) {
            model.addAttribute("error", "The two passwords do not match");
            return "set-password";
        }
        try {
            return passwords.setWithToken(token, password)
                    .map(email -> "redirect:/login?passwordSet")
                    .orElseGet(() -> {
                        model.addAttribute("invalid", true);
                        return "set-password";
                    });
        }
        catch (BusinessRuleViolation ex) {
            model.addAttribute("error", ex.getMessage());
            return "set-password";
        }
    }
}
