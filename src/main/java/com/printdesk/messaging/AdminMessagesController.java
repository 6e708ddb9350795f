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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.invoices.Invoices;
import com.printdesk.messaging.ConversationPage.Side;
import com.printdesk.shared.NotFound;

/** The bureau's inbox: every client's conversations, latest first; open, reply, start one with a client. */
@Controller
@RequestMapping("/admin/messages")
class AdminMessagesController {

    private static final String NEW = "admin/messages/new";

    private final Conversations conversations;
    private final ConversationQueries queries;
    private final ConversationPage page;
    private final ReadMarkers reads;
    private final Clients clients;
    private final Invoices invoices;

    AdminMessagesController(Conversations conversations, ConversationQueries queries, ConversationPage page,
            ReadMarkers reads, Clients clients, Invoices invoices) {
        this.conversations = conversations;
        this.queries = queries;
        this.page = page;
        this.reads = reads;
        this.clients = clients;
        this.invoices = invoices;
    }

    @GetMapping
    String inbox(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("page", queries.inbox(new ConversationQueries.InboxFilter(Author.of(me), q, unread), page));
        model.addAttribute("q", q);
        model.addAttribute("unread", unread);
        return "admin/messages/inbox";
    }

    @PostMapping("/read-all")
    String markAllRead(@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        reads.markAllRead(me.userId());
        redirect.addFlashAttribute("notice", "Every conversation is marked as read (for you).");
        return "redirect:/admin/messages";
    }

    @GetMapping("/new")
    String newConversation(@RequestParam long clientId, @RequestParam(required = false) Long invoiceId, Model model) {
        return showNew(clientId, NewConversationForm.empty(invoiceId), model);
    }

    @PostMapping
    String start(@RequestParam long clientId, @ModelAttribute("form") NewConversationForm form, BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me, Model model, HttpServletResponse response) {
        return page.start(Side.ADMIN,
                () -> conversations.start(Author.of(me), clientId, form.subject(), form.related(), form.body()),
                errors, response, () -> showNew(clientId, form, model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        return page.show(Side.ADMIN, id, Author.of(me), all, model);
    }

    @PostMapping("/{id}")
    String reply(@PathVariable long id, @ModelAttribute("form") MessageForm form, BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me, Model model, HttpServletResponse response) {
        return page.reply(Side.ADMIN, id, Author.of(me), form, errors, model, response);
    }

    private String showNew(long clientId, NewConversationForm form, Model model) {
        ClientSummary client = clients.find(clientId).orElseThrow(() -> new NotFound("Client"));
        model.addAttribute("client", client);
        model.addAttribute("invoices", invoices.forClient(clientId, false));
        model.addAttribute("form", form);
        return NEW;
    }
}
