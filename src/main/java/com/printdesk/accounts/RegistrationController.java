package com.printdesk.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up for clients: on success the new client is signed in and lands on the portal. */
@Controller
class RegistrationController {

    private final Registration registration;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    RegistrationController(Registration registration) {
        this.registration = registration;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return "register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response) {
        PasswordPolicy.problemWith(form.password())
                .ifPresent(problem -> errors.rejectValue("password", "policy", problem));
        if (errors.hasErrors()) {
            return "register";
        }
        AccountPrincipal user;
        try {
            user = registration.register(form);
        }
        catch (EmailAlreadyRegistered ex) {
            errors.rejectValue("email", "taken", ex.getMessage());
            return "register";
        }
        signIn(user, request, response);
        return "redirect:/portal?welcome";
    }

    private void signIn(AccountPrincipal user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: whatever the visitor had gets a new ID
        }
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
