package com.printdesk.clients;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.NotFound;

/** Adding, showing and editing a client in the back office. */
@Controller
@RequestMapping("/admin/clients")
class ClientController {

    private static final String FORM = "admin/clients/form";

    private final Clients clients;
    private final ClientAdministration administration;

    ClientController(Clients clients, ClientAdministration administration) {
        this.clients = clients;
        this.administration = administration;
    }

    @GetMapping("/new")
    String newClient(Model model) {
        model.addAttribute("form", ClientDetails.empty());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ClientDetails form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        ClientSummary client = clients.create(form);
        redirect.addFlashAttribute("notice", "Client " + client.displayName() + " added.");
        return "redirect:/admin/clients/" + client.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("client", clients.find(id).orElseThrow(() -> new NotFound("Client")));
        return "admin/clients/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ClientAdministration.EditableClient client = administration.editable(id);
        model.addAttribute("form", client.details());
        model.addAttribute("clientId", id);
        model.addAttribute("version", client.version());
        return FORM;
    }

    /** Saves only if nobody changed the client since the form was opened (the version it carries). */
    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ClientDetails form, BindingResult errors,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        model.addAttribute("clientId", id);
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            administration.update(id, form, version);
        }
        catch (BusinessRuleViolation ex) {
            errors.reject("stale", ex.getMessage());
            return FORM;
        }
        redirect.addFlashAttribute("notice", "Changes saved.");
        return "redirect:/admin/clients/" + id;
    }
}
