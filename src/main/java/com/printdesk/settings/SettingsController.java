package com.printdesk.settings;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.shared.BusinessRuleViolation;

@Controller
@RequestMapping("/admin/settings")
class SettingsController {

    private final Settings settings;
    private final DocumentNumbers numbers;

    SettingsController(Settings settings, DocumentNumbers numbers) {
        this.settings = settings;
        this.numbers = numbers;
    }

    @ModelAttribute("numberings")
    List<DocumentNumbers.Numbering> numberings() {
        return numbers.all();
    }

    @ModelAttribute("timeZones")
    List<String> timeZones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.startsWith("Australia/") || zone.startsWith("Pacific/Auckland")
                        || zone.startsWith("Asia/") || zone.startsWith("Europe/") || zone.startsWith("America/")
                        || zone.equals("UTC"))
                .sorted()
                .toList();
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", SettingsForm.of(settings.current()));
        return "admin/settings";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") SettingsForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("timeZone") && !ZoneId.getAvailableZoneIds().contains(form.timeZone())) {
            errors.rejectValue("timeZone", "zone", "Choose a time zone from the list");
        }
        if (errors.hasErrors()) {
            return "admin/settings";
        }
        try {
            settings.update(form);
        }
        catch (BusinessRuleViolation ex) {
            errors.reject("stale", ex.getMessage());
            return "admin/settings";
        }
        redirect.addFlashAttribute("notice", "Settings saved.");
        return "redirect:/admin/settings";
    }

    @PostMapping("/logo")
    String uploadLogo(@RequestParam("logo") MultipartFile logo, RedirectAttributes redirect) throws IOException {
        try {
            if (logo.getSize() > LogoImage.MAX_BYTES) {
                throw new InvalidLogo("The logo is larger than 1 MB. Use a smaller PNG or JPEG.");
            }
            settings.replaceLogo(logo.getOriginalFilename(), logo.getBytes());
            redirect.addFlashAttribute("notice", "Logo updated.");
        }
        catch (InvalidLogo ex) {
            redirect.addFlashAttribute("logoProblem", ex.getMessage());
        }
        return "redirect:/admin/settings#logo";
    }

    @PostMapping("/numbers")
    String changeNumbering(@RequestParam DocumentKind kind, @RequestParam String prefix,
            @RequestParam(defaultValue = "0") long nextNumber, RedirectAttributes redirect) {
        try {
            numbers.change(kind, prefix.strip().toUpperCase(java.util.Locale.ROOT), nextNumber);
            redirect.addFlashAttribute("notice", "Numbering saved.");
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("numberingProblem", ex.getMessage());
        }
        return "redirect:/admin/settings#numbering";
    }

    @PostMapping("/logo/delete")
    String removeLogo(RedirectAttributes redirect) {
        settings.removeLogo();
        redirect.addFlashAttribute("notice", "Logo removed.");
        return "redirect:/admin/settings#logo";
    }
}
