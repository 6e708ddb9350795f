package com.printdesk.catalog;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.shared.BusinessRuleViolation;

@Controller
@RequestMapping("/admin/catalog/printers")
class PrinterController {

    private static final String FORM = "admin/catalog/printer-form";
    private static final String BACK = "redirect:/admin/catalog#printers";

    private final PrinterAdmin printers;
    private final MaterialAdmin materials;
    private final SlicerProfiles profiles;

    PrinterController(PrinterAdmin printers, MaterialAdmin materials, SlicerProfiles profiles) {
        this.printers = printers;
        this.materials = materials;
        this.profiles = profiles;
    }

    @ModelAttribute("profiles")
    List<String> profiles() {
        return profiles.names();
    }

    @ModelAttribute("statuses")
    PrinterStatus[] statuses() {
        return PrinterStatus.values();
    }

    /** All materials: a deactivated one a printer already lists must stay visible (and can be unticked). */
    @ModelAttribute("materials")
    List<MaterialView> materials() {
        return materials.all();
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", PrinterForm.empty());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PrinterForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            PrinterView saved = printers.create(form);
            redirect.addFlashAttribute("notice", "Printer " + saved.name() + " added.");
            return BACK;
        }
        catch (InvalidCatalogField ex) {
            errors.rejectValue(ex.field(), "invalid", ex.getMessage());
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", printers.form(id));
        model.addAttribute("id", id);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PrinterForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            PrinterView saved = printers.update(id, form);
            redirect.addFlashAttribute("notice", "Printer " + saved.name() + " saved.");
            return BACK;
        }
        catch (InvalidCatalogField ex) {
            errors.rejectValue(ex.field(), "invalid", ex.getMessage());
        }
        catch (BusinessRuleViolation ex) {
            errors.reject("stale", ex.getMessage());
        }
        return FORM;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        printers.deactivate(id);
        redirect.addFlashAttribute("notice", "Printer deactivated: it no longer appears for new work.");
        return BACK;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        printers.reactivate(id);
        redirect.addFlashAttribute("notice", "Printer reactivated.");
        return BACK;
    }
}
