package com.printdesk.quotes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
import com.printdesk.invoices.BillToDefaults;
import com.printdesk.settings.Settings;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.DocumentForm;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.LinePricing;
import com.printdesk.catalog.Catalog;

@Controller
@RequestMapping("/admin/quotes")
class AdminQuoteController {

    private final Quotes quotes;
    private final QuotePdfs pdfs;
    private final Clients clients;
    private final BillToDefaults billTo;
    private final Settings settings;
    private final LinePricing pricing;
    private final Catalog catalog;

    AdminQuoteController(Quotes quotes, QuotePdfs pdfs, Clients clients, BillToDefaults billTo,
            Settings settings,
            LinePricing pricing, Catalog catalog) {
        this.pricing = pricing;
        this.catalog = catalog;
        this.quotes = quotes;
        this.pdfs = pdfs;
        this.clients = clients;
        this.billTo = billTo;
        this.settings = settings;
    }

    @GetMapping
    String list(@RequestParam(required = false) QuoteStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", quotes.search(status, q, PageRequest.of(Math.max(0, page), 25,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", QuoteStatus.values());
        return "admin/quotes/list";
    }

    @GetMapping("/new")
    String newQuote(@RequestParam(required = false) Long clientId, Model model) {
        if (clientId == null) {
            model.addAttribute("clients", clients.options());
            model.addAttribute("title", "New quote");
            model.addAttribute("action", "/admin/quotes/new");
            return "admin/pick-client";
        }
        DocumentDetails empty = new DocumentDetails(GstCalculation.PriceEntry.EXCLUSIVE, billTo.of(clientId), List.of(),
                null, null, null, null, null);
        return editor(model, DocumentForm.of(clientId, empty, 0), null, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") DocumentForm form, BindingResult errors,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiryDate,
            @RequestParam(required = false) String addLines, Model model, RedirectAttributes redirect) {
        if (addLines != null) {
            return editor(model, form.withEmptyRows(), null, expiryDate);
        }
        return form.toDetails(errors, pricing).map(details -> {
            try {
                long id = quotes.createDraft(form.getClientId(), details, expiryDate);
                redirect.addFlashAttribute("notice", "Draft quote saved.");
                return "redirect:/admin/quotes/" + id;
            }
            catch (BusinessRuleViolation ex) {
                errors.reject("rule", ex.getMessage());
                return editor(model, form, null, expiryDate);
            }
        }).orElseGet(() -> editor(model, form, null, expiryDate));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("quote", quotes.view(id));
        return "admin/quotes/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        QuoteView quote = quotes.view(id);
        if (!quote.isDraft()) {
            redirect.addFlashAttribute("problem", "Only draft quotes can be edited; duplicate this one to change it.");
            return "redirect:/admin/quotes/" + id;
        }
        return editor(model, DocumentForm.of(quote.clientId(), quote.details(), quote.version()), quote,
                quote.expiryDate());
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") DocumentForm form, BindingResult errors,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiryDate,
            @RequestParam(required = false) String addLines, Model model, RedirectAttributes redirect) {
        QuoteView quote = quotes.view(id);
        if (addLines != null) {
            return editor(model, form.withEmptyRows(), quote, expiryDate);
        }
        return form.toDetails(errors, pricing).map(details -> {
            try {
                quotes.updateDraft(id, details, expiryDate, form.getVersion());
                redirect.addFlashAttribute("notice", "Draft quote saved.");
                return "redirect:/admin/quotes/" + id;
            }
            catch (BusinessRuleViolation ex) {
                errors.reject("rule", ex.getMessage());
                return editor(model, form, quote, expiryDate);
            }
        }).orElseGet(() -> editor(model, form, quote, expiryDate));
    }

    @PostMapping("/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> redirect.addFlashAttribute("notice",
                "Quote " + quotes.markSent(id).number() + " marked as sent. The client can now accept it in the portal."));
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> quotes.accept(id, null));
    }

    @PostMapping("/{id}/decline")
    String decline(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> quotes.decline(id, null));
    }

    @PostMapping("/{id}/duplicate")
    String duplicate(@PathVariable long id, RedirectAttributes redirect) {
        long copy = quotes.duplicate(id);
        redirect.addFlashAttribute("notice", "Quote duplicated as a new draft.");
        return "redirect:/admin/quotes/" + copy;
    }

    @PostMapping("/{id}/convert")
    String convert(@PathVariable long id, RedirectAttributes redirect) {
        try {
            long invoice = quotes.convertToInvoice(id);
            redirect.addFlashAttribute("notice", "The quote is now a draft invoice; check it and issue it.");
            return "redirect:/admin/invoices/" + invoice;
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
            return "redirect:/admin/quotes/" + id;
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            quotes.deleteDraft(id);
            redirect.addFlashAttribute("notice", "The draft quote was deleted.");
            return "redirect:/admin/quotes";
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
            return "redirect:/admin/quotes/" + id;
        }
    }

    @GetMapping("/{id}/pdf")
    String pdf(@PathVariable long id) {
        return "redirect:" + pdfs.downloadUrl(quotes.view(id));
    }

    private String editor(Model model, DocumentForm form, QuoteView quote, LocalDate expiryDate) {
        model.addAttribute("form", form);
        model.addAttribute("quote", quote);
        model.addAttribute("expiryDate", expiryDate);
        model.addAttribute("client", clients.find(form.getClientId()).orElse(null));
        model.addAttribute("gstRegistered", settings.current().gstRegistered());
        model.addAttribute("templates", catalog.activeTemplates());
        model.addAttribute("materials", catalog.activeMaterials());
        return "admin/quotes/form";
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:/admin/quotes/" + id;
    }
}
