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
@RequestMapping("/admin/catalog/templates")
class ProductTemplateController {

    private static final String FORM = "admin/catalog/template-form";
    private static final String BACK = "redirect:/admin/catalog#templates";

    private final ProductTemplateAdmin templates;
    private final MaterialAdmin materials;

    ProductTemplateController(ProductTemplateAdmin templates, MaterialAdmin materials) {
        this.templates = templates;
        this.materials = materials;
    }

    @ModelAttribute("modes")
    PricingMode[] modes() {
        return PricingMode.values();
    }

    /** All materials, deactivated ones marked: a template that uses one must still show it. */
    @ModelAttribute("materials")
    List<MaterialView> materials() {
        return materials.all();
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", ProductTemplateForm.empty());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ProductTemplateForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (!valid(form, errors)) {
            return FORM;
        }
        try {
            ProductTemplateView saved = templates.create(form);
            redirect.addFlashAttribute("notice", "Product template " + saved.name() + " added.");
            return BACK;
        }
        catch (InvalidCatalogField ex) {
            errors.rejectValue(ex.field(), "invalid", ex.getMessage());
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", templates.form(id));
        model.addAttribute("id", id);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProductTemplateForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (!valid(form, errors)) {
            return FORM;
        }
        try {
            ProductTemplateView saved = templates.update(id, form);
            redirect.addFlashAttribute("notice", "Product template " + saved.name() + " saved.");
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
        templates.deactivate(id);
        redirect.addFlashAttribute("notice", "Product template deactivated: it is no longer offered on new quotes.");
        return BACK;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        templates.reactivate(id);
        redirect.addFlashAttribute("notice", "Product template reactivated.");
        return BACK;
    }

    /** Adds what the pricing mode needs to the annotation errors, each next to its field. */
    private static boolean valid(ProductTemplateForm form, BindingResult errors) {
        for (FieldProblem problem : form.missingForPricing()) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), "required", problem.message());
            }
        }
        return !errors.hasErrors();
    }
}
