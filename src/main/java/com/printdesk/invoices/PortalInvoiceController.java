package com.printdesk.invoices;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.files.OrderFiles;
import com.printdesk.payments.StripeUnavailable;
import com.printdesk.shared.BusinessRuleViolation;

/** A client's own invoices. Every read is scoped by the signed-in client: anything else is a 404. */
@Controller
@RequestMapping("/portal/invoices")
class PortalInvoiceController {

    private final Invoices invoices;
    private final InvoicePdfs pdfs;
    private final AdjustmentNotes notes;
    private final AdjustmentNotePdfs notePdfs;
    private final InvoiceCheckout checkout;
    private final InvoiceAttachments attachments;
    private final OrderFiles orderFiles;

    PortalInvoiceController(Invoices invoices, InvoicePdfs pdfs, AdjustmentNotes notes, AdjustmentNotePdfs notePdfs,
            InvoiceCheckout checkout, InvoiceAttachments attachments, OrderFiles orderFiles) {
        this.orderFiles = orderFiles;
        this.attachments = attachments;
        this.checkout = checkout;
        this.notes = notes;
        this.notePdfs = notePdfs;
        this.invoices = invoices;
        this.pdfs = pdfs;
    }

    /** All the client's invoices, or with {@code ?unpaid=true} only those still owing money (the dashboard's "Pay now"). */
    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean unpaid, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        List<InvoiceSummary> all = invoices.forClient(me.clientId(), false);
        model.addAttribute("invoices", unpaid
                ? all.stream().filter(i -> i.status().isOpen() && i.balance().isPositive()).toList()
                : all);
        model.addAttribute("unpaid", unpaid);
        model.addAttribute("outstanding", invoices.outstanding(me.clientId()));
        return "portal/invoices/list";
    }

    /** {@code session_id}: back from Stripe Checkout, whose webhook may not have arrived yet. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(name = "session_id", required = false) String sessionId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        if (sessionId != null) {
            model.addAttribute("returnedFromCheckout", true);
            checkout.returnedFromCheckout(id, me.clientId(), sessionId);
        }
        InvoiceView invoice = invoices.viewForClient(id, me.clientId());
        model.addAttribute("invoice", invoice);
        model.addAttribute("adjustmentNotes", notes.forInvoice(id));
        model.addAttribute("payOnline", checkout.canPayOnline(invoice));
        model.addAttribute("files", attachments.sharedWithClient(id));
        model.addAttribute("orderFiles", orderFiles.forClient(id, me.clientId()));
        return "portal/invoices/detail";
    }

    @GetMapping("/{id}/adjustments/{noteId}/pdf")
    String adjustmentPdf(@PathVariable long id, @PathVariable long noteId, @AuthenticationPrincipal AccountPrincipal me) {
        InvoiceView invoice = invoices.viewForClient(id, me.clientId());
        return "redirect:" + notePdfs.downloadUrl(notes.find(id, noteId), invoice);
    }

    /** "Pay now": off to Stripe Checkout for the balance. */
    @PostMapping("/{id}/pay")
    String pay(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        try {
            return "redirect:" + checkout.start(id, me.clientId()).url();
        }
        catch (BusinessRuleViolation | StripeUnavailable ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
            return "redirect:/portal/invoices/" + id;
        }
    }

    /** One of the order's files the bureau shared; anything else is a 404. */
    @GetMapping("/{id}/files/{fileId}")
    String file(@PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal AccountPrincipal me) {
        invoices.viewForClient(id, me.clientId());
        return "redirect:" + attachments.clientDownloadUrl(id, fileId);
    }

    @GetMapping("/{id}/pdf")
    String pdf(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        return "redirect:" + pdfs.downloadUrl(pdfs.pdf(invoices.viewForClient(id, me.clientId())));
    }
}
