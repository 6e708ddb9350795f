package com.printdesk.notifications;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.printdesk.shared.OutgoingMail;

/** The outbox behind {@link OutgoingMail}, for modules that cannot depend on {@code notifications}. */
@Component
class OutboxOutgoingMail implements OutgoingMail {

    private final Outbox outbox;

    OutboxOutgoingMail(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean queue(String causeKey, String recipient, String subject, String template, Map<String, String> model,
            boolean sensitive) {
        return outbox.enqueue(new Email(causeKey, recipient, subject, template, model, List.of(), null, sensitive))
                .isPresent();
    }
}
