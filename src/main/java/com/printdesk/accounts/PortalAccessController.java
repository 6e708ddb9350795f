package com.printdesk.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.printdesk.clients.Clients;
import com.printdesk.shared.AppUrl;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.NotFound;

/**
 * The portal access panel of the admin client page. The page (module {@code clients}) loads it with
 * htmx, because {@code clients} may not depend on {@code accounts}. Posts redirect back to the panel
 * with the one-time link as a flash attribute, so it is shown once, as on the staff page.
 */
@Controller
@RequestMapping("/admin/clients/{clientId}")
class PortalAccessController {

    private final PortalAccess portalAccess;
    private final Clients clients;
    private final AppUrl appUrl;

    PortalAccessController(PortalAccess portalAccess, Clients clients, AppUrl appUrl) {
        this.portalAccess = portalAccess;
        this.clients = clients;
        this.appUrl = appUrl;
    }

    /** The panel alone for htmx; the panel in the admin layout for a browser without JavaScript. */
    @GetMapping("/portal-access")
    String panel(@PathVariable long clientId, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("client", clients.find(clientId).orElseThrow(() -> new NotFound("Client")));
        model.addAttribute("portalUser", portalAccess.of(clientId).orElse(null));
        return htmx != null ? "admin/clients/portal-access :: panel" : "admin/clients/portal-access";
    }

    @PostMapping("/invite")
    String invite(@PathVariable long clientId, RedirectAttributes redirect) {
        try {
            show(portalAccess.invite(clientId), redirect);
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("portalProblem", ex.getMessage());
        }
        return "redirect:/admin/clients/" + clientId + "/portal-access";
    }

    @PostMapping("/portal-link")
    String newLink(@PathVariable long clientId, RedirectAttributes redirect) {
        try {
            show(portalAccess.newLink(clientId), redirect);
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("portalProblem", ex.getMessage());
        }
        return "redirect:/admin/clients/" + clientId + "/portal-access";
    }

    private void show(PortalAccess.Invitation invitation, RedirectAttributes redirect) {
        redirect.addFlashAttribute("setPasswordLink", UriComponentsBuilder.fromUri(appUrl.uri())
                .path("/set-password").queryParam("token", invitation.setPasswordToken()).build().toUriString());
        redirect.addFlashAttribute("linkFor", invitation.email());
    }
}
