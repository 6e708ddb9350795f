package com.printdesk.clients;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Archive, restore and delete: a client something refers to is archived, never deleted. */
@Controller
@RequestMapping("/admin/clients/{id}")
class ClientArchiveController {

    private final ClientAdministration administration;

    ClientArchiveController(ClientAdministration administration) {
        this.administration = administration;
    }

    @PostMapping("/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        ClientSummary client = administration.archive(id);
        redirect.addFlashAttribute("notice", client.displayName()
                + " was archived: hidden from the client list, with every record kept.");
        return "redirect:/admin/clients/" + id;
    }

    @PostMapping("/unarchive")
    String unarchive(@PathVariable long id, RedirectAttributes redirect) {
        ClientSummary client = administration.unarchive(id);
        redirect.addFlashAttribute("notice", client.displayName() + " is back in the client list.");
        return "redirect:/admin/clients/" + id;
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ClientAdministration.Removal removal = administration.delete(id);
        String name = removal.client().displayName();
        if (removal.deleted()) {
            redirect.addFlashAttribute("notice", "Client " + name + " was deleted.");
            return "redirect:/admin/clients";
        }
        redirect.addFlashAttribute("notice", name + " has documents or a portal user, so the client was archived "
                + "instead of deleted.");
        return "redirect:/admin/clients/" + id;
    }
}
