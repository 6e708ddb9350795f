package com.printdesk.quotes;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.shared.BusinessRuleViolation;

/** A client's own quotes, which they accept or decline. Anything not theirs is a 404. */
@Controller
@RequestMapping("/portal/quotes")
class PortalQuoteController {

    private final Quotes quotes;
    private final QuotePdfs pdfs;

    PortalQuoteController(Quotes quotes, QuotePdfs pdfs) {
        this.quotes = quotes;
        this.pdfs = pdfs;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("quotes", quotes.forClient(me.clientId(), false));
        return "portal/quotes/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("quote", quotes.viewForClient(id, me.clientId()));
        return "portal/quotes/detail";
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        return answer(id, redirect, "Thank you, the quote is accepted. We will be in touch shortly.",
                () -> quotes.accept(id, me.clientId()));
    }

    @PostMapping("/{id}/decline")
    String decline(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        return answer(id, redirect, "The quote is declined.", () -> quotes.decline(id, me.clientId()));
    }

    @GetMapping("/{id}/pdf")
    String pdf(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        return "redirect:" + pdfs.downloadUrl(quotes.viewForClient(id, me.clientId()));
    }

    private String answer(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:/portal/quotes/" + id;
    }
}
