package com.printdesk.invoices;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import com.printdesk.accounts.AccountPrincipal;

/** A client's own invoices. Every read is scoped by the signed-in client: anything else is a 404. */
@Controller
@RequestMapping("/portal/invoices")
class PortalInvoiceController {

    private final Invoices invoices;
    private final InvoicePdfs pdfs;

    PortalInvoiceController(Invoices invoices, InvoicePdfs pdfs) {
        this.invoices = invoices;
        this.pdfs = pdfs;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("invoices", invoices.forClient(me.clientId(), false));
        model.addAttribute("outstanding", invoices.outstanding(me.clientId()));
        return "portal/invoices/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("invoice", invoices.viewForClient(id, me.clientId()));
        return "portal/invoices/detail";
    }

    @GetMapping("/{id}/pdf")
    String pdf(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        return "redirect:" + pdfs.downloadUrl(pdfs.pdf(invoices.viewForClient(id, me.clientId())));
    }
}
