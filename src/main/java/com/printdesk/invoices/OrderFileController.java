package com.printdesk.invoices;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.files.OrderFileView;
import com.printdesk.files.OrderFiles;
import com.printdesk.shared.NotFound;

/**
 * The order files' links on the invoice and job pages: each download redirects to a fresh 5-minute
 * URL (a page may have been open longer than that). Who may download what is decided by {@link OrderFiles}.
 */
@Controller
class OrderFileController {

    private final OrderFiles orderFiles;

    OrderFileController(OrderFiles orderFiles) {
        this.orderFiles = orderFiles;
    }

    @GetMapping("/admin/order-files/{id}/download")
    String adminDownload(@PathVariable long id) {
        return "redirect:" + orderFiles.downloadForAdmin(id).url();
    }

    @GetMapping("/portal/order-files/{id}/download")
    String portalDownload(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        return "redirect:" + orderFiles.downloadForClient(id, me.clientId()).url();
    }

    /** The Delete button on the admin invoice page; the file must belong to that invoice. */
    @PostMapping("/admin/invoices/{invoiceId}/order-files/{id}/delete")
    String delete(@PathVariable long invoiceId, @PathVariable long id, RedirectAttributes redirect) {
        OrderFileView file = orderFiles.find(id).filter(f -> f.invoiceId() == invoiceId)
                .orElseThrow(() -> new NotFound("Order file"));
        orderFiles.delete(id);
        redirect.addFlashAttribute("notice", file.name() + " was deleted.");
        return "redirect:/admin/invoices/" + invoiceId + "#order-files";
    }
}
