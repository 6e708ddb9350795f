package com.printdesk.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.printdesk.shared.BusinessRuleViolation;

/** "Forgot password?" and the page behind the mailed reset link. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/forgot-password")
    String form() {
        return "forgot-password";
    }

    /** Always the same answer, so the page cannot be used to find out who has an account. */
    @PostMapping("/forgot-password")
    String request(@RequestParam(defaultValue = "") String email, HttpServletRequest request) {
        resets.request(email.strip(), request.getRemoteAddr());
        return "redirect:/forgot-password?sent";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        resets.emailFor(token).ifPresentOrElse(email -> model.addAttribute("email", email),
                () -> model.addAttribute("invalid", true));
        return "reset-password";
    }

    @PostMapping("/reset-password")
    String reset(@RequestParam String token, @RequestParam String password, @RequestParam String confirmation,
            Model model) {
        model.addAttribute("token", token);
        resets.emailFor(token).ifPresent(email -> model.addAttribute("email", email));
        if (!password.equals(confirmation)) {
            model.addAttribute("error", "The two passwords do not match");
            return "reset-password";
        }
        try {
            return resets.reset(token, password).map(email -> "redirect:/login?passwordReset").orElseGet(() -> {
                model.addAttribute("invalid", true);
                return "reset-password";
            });
        }
        catch (BusinessRuleViolation ex) {
            model.addAttribute("error", ex.getMessage());
            return "reset-password";
        }
    }
}
