package com.printdesk.messaging;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.invoices.Invoices;
import com.printdesk.messaging.ConversationPage.Side;

/** A client's conversations with the bureau. Scoped to the signed-in client: anything else is a 404. */
@Controller
@RequestMapping("/portal/messages")
class PortalMessagesController {

    private static final String NEW = "portal/messages/new";

    private final Conversations conversations;
    private final ConversationQueries queries;
    private final ConversationPage page;
    private final Invoices invoices;

    PortalMessagesController(Conversations conversations, ConversationQueries queries, ConversationPage page,
            Invoices invoices) {
        this.conversations = conversations;
        this.queries = queries;
        this.page = page;
        this.invoices = invoices;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("page", queries.inbox(new ConversationQueries.InboxFilter(Author.of(me), null, false), page));
        return "portal/messages/list";
    }

    @GetMapping("/new")
    String newConversation(@RequestParam(required = false) Long invoiceId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        return showNew(me, NewConversationForm.empty(invoiceId), model);
    }

    @PostMapping
    String start(@ModelAttribute("form") NewConversationForm form, BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me, Model model, HttpServletResponse response) {
        return page.start(Side.PORTAL,
                () -> conversations.start(Author.of(me), me.clientId(), form.subject(), form.invoiceOnly(),
                        form.body()),
                errors, response, () -> showNew(me, form, model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        return page.show(Side.PORTAL, id, Author.of(me), all, model);
    }

    @PostMapping("/{id}")
    String reply(@PathVariable long id, @ModelAttribute("form") MessageForm form, BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me, Model model, HttpServletResponse response) {
        return page.reply(Side.PORTAL, id, Author.of(me), form, errors, model, response);
    }

    private String showNew(AccountPrincipal me, NewConversationForm form, Model model) {
        model.addAttribute("invoices", invoices.forClient(me.clientId(), false));
        model.addAttribute("form", form);
        return NEW;
    }
}
