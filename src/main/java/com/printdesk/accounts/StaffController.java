package com.printdesk.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.printdesk.shared.AppUrl;
import com.printdesk.shared.BusinessRuleViolation;

@Controller
@RequestMapping("/admin/staff")
class StaffController {

    private final Staff staff;
    private final AppUrl appUrl;

    StaffController(Staff staff, AppUrl appUrl) {
        this.staff = staff;
        this.appUrl = appUrl;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("staff", staff.list());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAdminForm("", ""));
        }
        return "admin/staff/list";
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") NewAdminForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Staff.NewStaffMember added = staff.add(form.email(), form.name());
                redirect.addFlashAttribute("setPasswordLink", link(added.setPasswordToken()));
                redirect.addFlashAttribute("linkFor", added.member().email());
                return "redirect:/admin/staff";
            }
            catch (EmailAlreadyRegistered ex) {
                errors.rejectValue("email", "taken", ex.getMessage());
            }
        }
        model.addAttribute("staff", staff.list());
        return "admin/staff/list";
    }

    @PostMapping("/{id}/link")
    String newLink(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("setPasswordLink", link(staff.newSetPasswordToken(id)));
        return "redirect:/admin/staff";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        try {
            staff.deactivate(id);
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
            return "redirect:/admin/staff";
        }
        if (id == me.userId()) {
            return "redirect:/login?deactivated";
        }
        redirect.addFlashAttribute("notice", "The administrator was deactivated and can no longer sign in.");
        return "redirect:/admin/staff";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        staff.reactivate(id);
        redirect.addFlashAttribute("notice", "The administrator was reactivated.");
        return "redirect:/admin/staff";
    }

    private String link(String token) {
        return UriComponentsBuilder.fromUri(appUrl.uri()).path("/set-password").queryParam("token", token)
                .build().toUriString();
    }

    record NewAdminForm(
            @NotBlank(message = "Enter a name") @Size(max = 120) String name,
            @NotBlank(message = "Enter an email address") @Email(message = "Enter a valid email address") String email) {
    }
}
