package com.printdesk.messaging;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import com.printdesk.shared.BusinessRuleViolation;

/**
 * What the admin and portal conversation pages share: reading (which marks read), replying, starting one and
 * showing a refused message as a form error. The controllers keep their own routes and what only they offer.
 */
@Component
class ConversationPage {

    static final int SHOWN = 50;

    /** Where each side's message pages live; the pages themselves differ only in their layout. */
    enum Side {
        ADMIN("admin"), PORTAL("portal");

        private final String prefix;

        Side(String prefix) {
            this.prefix = prefix;
        }

        String conversationView() {
            return prefix + "/messages/conversation";
        }

        String redirectTo(long conversationId) {
            return "redirect:/" + prefix + "/messages/" + conversationId;
        }
    }

    private final Conversations conversations;
    private final ConversationQueries queries;
    private final ReadMarkers reads;

    ConversationPage(Conversations conversations, ConversationQueries queries, ReadMarkers reads) {
        this.conversations = conversations;
        this.queries = queries;
        this.reads = reads;
    }

    /** GET of a conversation: the messages (marked read) and an empty reply form. */
    String show(Side side, long id, Author viewer, boolean all, Model model) {
        open(id, viewer, all, model);
        model.addAttribute("form", MessageForm.empty());
        return side.conversationView();
    }

    /** POST of a reply: on to the latest message, or the page again with the refusal next to the form. */
    String reply(Side side, long id, Author author, MessageForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        try {
            conversations.post(author, id, form.body());
            return side.redirectTo(id) + "#latest";
        }
        catch (BusinessRuleViolation ex) {
            reject(ex, errors, response);
            open(id, author, false, model);
            return side.conversationView();
        }
    }

    /** POST of a new conversation: on to it, or the side's form again (from {@code formAgain}) with the refusal. */
    String start(Side side, LongSupplier starting, BindingResult errors, HttpServletResponse response,
            Supplier<String> formAgain) {
        try {
            return side.redirectTo(starting.getAsLong());
        }
        catch (BusinessRuleViolation ex) {
            reject(ex, errors, response);
            return formAgain.get();
        }
    }

    /** Fills the model for the conversation and marks it read for the viewer (opening it is reading it). */
    private ConversationView open(long id, Author viewer, boolean all, Model model) {
        ConversationView conversation = queries.find(id, viewer);
        reads.markRead(id, viewer.userId());
        long total = queries.messageCount(id);
        model.addAttribute("conversation", conversation);
        model.addAttribute("messages", queries.latestMessages(id, all ? Integer.MAX_VALUE : SHOWN));
        model.addAttribute("messageCount", total);
        // the navigation's count was taken before this page marked the conversation read
        model.addAttribute("unreadMessages", reads.unread(viewer));
        return conversation;
    }

    /** Shows a refused message as a form error; too many messages also answer 429. */
    private static void reject(BusinessRuleViolation ex, BindingResult errors, HttpServletResponse response) {
        if (ex instanceof InvalidMessage invalid) {
            errors.rejectValue(invalid.field(), "invalid", invalid.getMessage());
        }
        else {
            errors.reject("refused", ex.getMessage());
        }
        if (ex instanceof MessageRateLimited) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }
}
