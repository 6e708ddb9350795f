package com.printdesk.accounts;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.clients.ContactDetails;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.NotFound;

/** The client's own account: profile (the client record) and password. */
@Controller
@RequestMapping("/portal/account")
class AccountController {

    private final Clients clients;
    private final Passwords passwords;
    private final Profiles profiles;

    AccountController(Clients clients, Passwords passwords, Profiles profiles) {
        this.clients = clients;
        this.passwords = passwords;
        this.profiles = profiles;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        ClientSummary client = clients.find(me.clientId()).orElseThrow(() -> new NotFound("Client"));
        if (!model.containsAttribute("profile")) {
            model.addAttribute("profile",
                    new ContactDetails(client.name(), client.company(), client.email(), client.phone()));
        }
        return "portal/account";
    }

    @PostMapping("/profile")
    String updateProfile(@AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("profile") ContactDetails profile, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "portal/account";
        }
        try {
            profiles.update(me, profile);
        }
        catch (EmailAlreadyRegistered ex) {
            errors.rejectValue("email", "taken", ex.getMessage());
            return "portal/account";
        }
        redirect.addFlashAttribute("notice", "Your details were saved.");
        return "redirect:/portal/account";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmation, RedirectAttributes redirect) {
        if (!newPassword.equals(confirmation)) {
            redirect.addFlashAttribute("passwordProblem", "The two new passwords do not match");
            return "redirect:/portal/account#password";
        }
        try {
            passwords.change(me.userId(), currentPassword, newPassword);
            redirect.addFlashAttribute("notice", "Your password was changed.");
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("passwordProblem", ex.getMessage());
        }
        return "redirect:/portal/account#password";
    }
}
