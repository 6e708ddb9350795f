package com.printdesk.catalog;

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
@RequestMapping("/admin/catalog/materials")
class MaterialController {

    private static final String FORM = "admin/catalog/material-form";
    private static final String BACK = "redirect:/admin/catalog#materials";

    private final MaterialAdmin materials;

    MaterialController(MaterialAdmin materials) {
        this.materials = materials;
    }

    @ModelAttribute("types")
    MaterialType[] types() {
        return MaterialType.values();
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", MaterialForm.empty());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") MaterialForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        MaterialView saved = materials.create(form);
        redirect.addFlashAttribute("notice", "Material " + saved.label() + " added.");
        return BACK;
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", materials.form(id));
        model.addAttribute("id", id);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MaterialForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            MaterialView saved = materials.update(id, form);
            redirect.addFlashAttribute("notice", "Material " + saved.label() + " saved.");
            return BACK;
        }
        catch (BusinessRuleViolation ex) {
            errors.reject("stale", ex.getMessage());
            return FORM;
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        materials.deactivate(id);
        redirect.addFlashAttribute("notice", "Material deactivated: it is no longer offered on new quotes.");
        return BACK;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        materials.reactivate(id);
        redirect.addFlashAttribute("notice", "Material reactivated.");
        return BACK;
    }
}
