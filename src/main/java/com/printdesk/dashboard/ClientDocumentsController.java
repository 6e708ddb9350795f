package com.printdesk.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.printdesk.invoices.Invoices;
import com.printdesk.quotes.Quotes;

/**
 * The quotes, invoices and outstanding balance on a client's admin page, loaded into it with htmx:
 * clients must not depend on quotes or invoices, so this read-only module composes them.
 */
@Controller
class ClientDocumentsController {

    private final Quotes quotes;
    private final Invoices invoices;

    ClientDocumentsController(Quotes quotes, Invoices invoices) {
        this.quotes = quotes;
        this.invoices = invoices;
    }

    @GetMapping("/admin/clients/{id}/documents")
    String documents(@PathVariable long id, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("quotes", quotes.forClient(id, true));
        model.addAttribute("invoices", invoices.forClient(id, true));
        model.addAttribute("outstanding", invoices.outstanding(id));
        return "admin/client-documents :: documents";
    }
}
