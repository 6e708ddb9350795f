package com.printdesk.invoices;

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

import com.printdesk.clients.Clients;
import com.printdesk.settings.Settings;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.DocumentForm;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.LinePricing;
import com.printdesk.catalog.Catalog;

/** Creating and editing draft invoices with the shared document editor. */
@Controller
@RequestMapping("/admin/invoices")
class AdminInvoiceFormController {

    private final Invoices invoices;
    private final BillToDefaults billTo;
    private final Clients clients;
    private final Settings settings;
    private final LinePricing pricing;
    private final Catalog catalog;

    AdminInvoiceFormController(Invoices invoices, BillToDefaults billTo, Clients clients, Settings settings,
            LinePricing pricing, Catalog catalog) {
        this.pricing = pricing;
        this.catalog = catalog;
        this.invoices = invoices;
        this.billTo = billTo;
        this.clients = clients;
        this.settings = settings;
    }

    @GetMapping("/new")
    String newInvoice(@RequestParam(required = false) Long clientId, Model model) {
        if (clientId == null) {
            model.addAttribute("clients", clients.options());
            model.addAttribute("title", "New invoice");
            model.addAttribute("action", "/admin/invoices/new");
            return "admin/pick-client";
        }
        DocumentDetails empty = new DocumentDetails(GstCalculation.PriceEntry.EXCLUSIVE, billTo.of(clientId),
                java.util.List.of(), GstCalculation.Discount.NONE, null, null, null, null);
        return editor(model, DocumentForm.of(clientId, empty, 0), null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") DocumentForm form, BindingResult errors,
            @RequestParam(required = false) String addLines, Model model, RedirectAttributes redirect) {
        if (addLines != null) {
            return editor(model, form.withEmptyRows(), null);
        }
        return form.toDetails(errors, pricing).map(details -> {
            try {
                long id = invoices.createDraft(new InvoiceDraft(form.getClientId(), details));
                redirect.addFlashAttribute("notice", "Draft invoice saved.");
                return "redirect:/admin/invoices/" + id;
            }
            catch (BusinessRuleViolation ex) {
                errors.reject("rule", ex.getMessage());
                return editor(model, form, null);
            }
        }).orElseGet(() -> editor(model, form, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        InvoiceView invoice = invoices.view(id);
        if (!invoice.isDraft()) {
            redirect.addFlashAttribute("problem", "Issued invoices cannot be edited. Void and reissue it instead.");
            return "redirect:/admin/invoices/" + id;
        }
        return editor(model, DocumentForm.of(invoice.clientId(), invoice.details(), invoice.version()), invoice);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") DocumentForm form, BindingResult errors,
            @RequestParam(required = false) String addLines, Model model, RedirectAttributes redirect) {
        InvoiceView invoice = invoices.view(id);
        if (addLines != null) {
            return editor(model, form.withEmptyRows(), invoice);
        }
        return form.toDetails(errors, pricing).map(details -> {
            try {
                invoices.updateDraft(id, new InvoiceDraft(invoice.clientId(), details), form.getVersion());
                redirect.addFlashAttribute("notice", "Draft invoice saved.");
                return "redirect:/admin/invoices/" + id;
            }
            catch (BusinessRuleViolation ex) {
                errors.reject("rule", ex.getMessage());
                return editor(model, form, invoice);
            }
        }).orElseGet(() -> editor(model, form, invoice));
    }

    private String editor(Model model, DocumentForm form, InvoiceView invoice) {
        model.addAttribute("form", form);
        model.addAttribute("invoice", invoice);
        model.addAttribute("client", clients.find(form.getClientId()).orElse(null));
        model.addAttribute("gstRegistered", settings.current().gstRegistered());
        model.addAttribute("templates", catalog.activeTemplates());
        model.addAttribute("materials", catalog.activeMaterials());
        return "admin/invoices/form";
    }
}
