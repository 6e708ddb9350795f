package com.printdesk.messaging;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import com.printdesk.shared.BusinessRuleViolation;

/** What the admin and portal conversation pages share: reading (which marks read) and form errors. */
@Component
class ConversationPage {

    static final int SHOWN = 50;

    private final ConversationQueries queries;
    private final ReadMarkers reads;

    ConversationPage(ConversationQueries queries, ReadMarkers reads) {
        this.queries = queries;
        this.reads = reads;
    }

    /** Fills the model for the conversation and marks it read for the viewer (opening it is reading it). */
    ConversationView open(long id, Author viewer, boolean all, Model model) {
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
    static void reject(BusinessRuleViolation ex, BindingResult errors, HttpServletResponse response) {
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
