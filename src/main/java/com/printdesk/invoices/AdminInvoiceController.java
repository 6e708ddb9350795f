package com.printdesk.invoices;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.files.OrderFiles;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;

/** The admin's invoice list, detail page and the actions on it. Editing lives in {@link AdminInvoiceFormController}. */
@Controller
@RequestMapping("/admin/invoices")
class AdminInvoiceController {

    static final int PAGE_SIZE = 25;

    private final Invoices invoices;
    private final InvoicePdfs pdfs;
    private final InvoiceAttachments attachments;
    private final InvoicePayments payments;
    private final AdjustmentNotes notes;
    private final AdjustmentNotePdfs notePdfs;
    private final OrderFiles orderFiles;

    AdminInvoiceController(Invoices invoices, InvoicePdfs pdfs, InvoiceAttachments attachments,
            InvoicePayments payments, AdjustmentNotes notes, AdjustmentNotePdfs notePdfs, OrderFiles orderFiles) {
        this.orderFiles = orderFiles;
        this.notes = notes;
        this.notePdfs = notePdfs;
        this.payments = payments;
        this.invoices = invoices;
        this.pdfs = pdfs;
        this.attachments = attachments;
    }

    @GetMapping
    String list(@RequestParam(required = false) InvoiceStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long clientId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        InvoiceFilter filter = new InvoiceFilter(status, clientId, q, overdue);
        model.addAttribute("page", invoices.search(filter, PageRequest.of(Math.max(0, page), PAGE_SIZE,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", InvoiceStatus.values());
        return "admin/invoices/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("invoice", invoices.view(id));
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("orderFiles", orderFiles.forInvoice(id));
        model.addAttribute("payments", payments.forInvoice(id));
        model.addAttribute("refunds", payments.refundsFor(id));
        model.addAttribute("adjustmentNotes", notes.forInvoice(id));
        model.addAttribute("paymentMethods", PaymentMethod.values());
        model.addAttribute("today", invoices.today());
        return "admin/invoices/detail";
    }

    @PostMapping("/{id}/issue")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            InvoiceView issued = invoices.issue(id);
            redirect.addFlashAttribute("notice", "Invoice " + issued.number() + " issued.");
        });
    }

    @PostMapping("/{id}/void")
    String voidInvoice(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            invoices.voidInvoice(id, reason);
            redirect.addFlashAttribute("notice", "Invoice voided.");
        });
    }

    @PostMapping("/{id}/void-and-reissue")
    String voidAndReissue(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        try {
            long copy = invoices.voidAndReissue(id, reason);
            redirect.addFlashAttribute("notice", "The invoice was voided; correct this new draft and issue it.");
            return "redirect:/admin/invoices/" + copy + "/edit";
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
            return "redirect:/admin/invoices/" + id;
        }
    }

    @PostMapping("/{id}/write-off")
    String writeOff(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            invoices.writeOff(id, reason);
            redirect.addFlashAttribute("notice", "The balance was written off.");
        });
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            invoices.deleteDraft(id);
            redirect.addFlashAttribute("notice", "The draft invoice was deleted.");
            return "redirect:/admin/invoices";
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
            return "redirect:/admin/invoices/" + id;
        }
    }

    /** Downloads the PDF (a 5-minute link to object storage). */
    @GetMapping("/{id}/pdf")
    String pdf(@PathVariable long id) {
        return "redirect:" + pdfs.downloadUrl(pdfs.pdf(invoices.view(id)));
    }

    /** The same PDF served inline, for the preview on the detail page. */
    @GetMapping("/{id}/preview.pdf")
    ResponseEntity<byte[]> preview(@PathVariable long id) {
        InvoicePdfs.StoredPdf pdf = pdfs.pdf(invoices.view(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .body(pdfs.bytes(pdf));
    }

    @PostMapping("/{id}/payments")
    String recordPayment(@PathVariable long id, @RequestParam PaymentMethod method,
            @RequestParam String amount,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam(required = false) String reference, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            var payment = new ManualPayment(method, Money.parse(amount),
                    paidOn, reference, note);
            payments.recordManual(id, payment);
            redirect.addFlashAttribute("notice", "Payment of " + payment.amount() + " recorded.");
        }
        catch (BusinessRuleViolation | IllegalArgumentException ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:/admin/invoices/" + id + "#payments";
    }

    @PostMapping("/{id}/payments/{paymentId}/delete")
    String deletePayment(@PathVariable long id, @PathVariable long paymentId, @RequestParam String reason,
            RedirectAttributes redirect) {
        try {
            payments.deleteManual(id, paymentId, reason);
            redirect.addFlashAttribute("notice", "Payment deleted; the balance was recalculated.");
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:/admin/invoices/" + id + "#payments";
    }

    @PostMapping("/{id}/payments/{paymentId}/refund")
    String refund(@PathVariable long id, @PathVariable long paymentId, @RequestParam String amount,
            @RequestParam String reason, RedirectAttributes redirect) {
        try {
            payments.refundManual(id, paymentId, Money.parse(amount), reason);
            redirect.addFlashAttribute("notice", "Refund recorded and adjustment note issued.");
        }
        catch (BusinessRuleViolation | IllegalArgumentException ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:/admin/invoices/" + id + "#payments";
    }

    @GetMapping("/{id}/adjustments/{noteId}/pdf")
    String adjustmentPdf(@PathVariable long id, @PathVariable long noteId) {
        return "redirect:" + notePdfs.downloadUrl(notes.find(id, noteId), invoices.view(id));
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean shared, RedirectAttributes redirect) throws IOException {
        try {
            attachments.attach(id, file, shared);
            redirect.addFlashAttribute("notice", "Attached " + file.getOriginalFilename() + ".");
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:/admin/invoices/" + id + "#attachments";
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    String download(@PathVariable long id, @PathVariable long attachmentId) {
        return "redirect:" + attachments.downloadUrl(id, attachmentId);
    }

    /** Shows an attachment to the invoice's client in the portal, or takes it back. */
    @PostMapping("/{id}/attachments/{attachmentId}/share")
    String share(@PathVariable long id, @PathVariable long attachmentId, @RequestParam boolean shared,
            RedirectAttributes redirect) {
        attachments.share(id, attachmentId, shared);
        redirect.addFlashAttribute("notice", shared ? "The client can now see this file in the portal."
                : "The file is no longer shown to the client.");
        return "redirect:/admin/invoices/" + id + "#attachments";
    }

    @PostMapping("/{id}/attachments/{attachmentId}/delete")
    String deleteAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        attachments.delete(id, attachmentId);
        redirect.addFlashAttribute("notice", "Attachment deleted.");
        return "redirect:/admin/invoices/" + id + "#attachments";
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:/admin/invoices/" + id;
    }
}
