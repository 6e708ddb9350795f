package com.printdesk.shared;

import java.util.Map;

/**
 * Puts an email in the outbox in the caller's transaction. Implemented by {@code notifications}; declared
 * here so a module that {@code notifications} itself depends on (accounts, through the documents it
 * reads) can send mail without a dependency cycle.
 */
public interface OutgoingMail {

    /**
     * @param causeKey one email per key: a repeated cause queues nothing
     * @param template a template under {@code templates/mail/} ({@code .html} and {@code .txt})
     * @param model the template's variables, as text
     * @param sensitive the model holds a secret link: it is removed once the mail is sent
     * @return false when an email with this cause was queued before
     */
    boolean queue(String causeKey, String recipient, String subject, String template, Map<String, String> model,
            boolean sensitive);
}
