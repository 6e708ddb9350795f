package com.printdesk.notifications;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.printdesk.files.Bucket;

/**
 * An email to put in the outbox. {@code causeKey} names what caused it ("invoice-sent:12:3f2a…",
 * "payment-receipt:77"): the outbox keeps one email per key, so a cause delivered twice sends once.
 *
 * @param template a template name under {@code templates/mail/} (both {@code .html} and {@code .txt})
 * @param model the template's variables, as text; client-entered text is escaped when rendered
 * @param sensitive the model holds a secret (a password link): it is emptied once the mail is sent
 */
public record Email(String causeKey, String recipient, String subject, String template, Map<String, String> model,
        List<Attachment> attachments, Related related, boolean sensitive) {

    public Email {
        Objects.requireNonNull(causeKey, "causeKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(template, "template");
        // a header is one line: a description typed with line breaks must not start a second header
        subject = subject.strip().replaceAll("[\\r\\n]+", " ");
        subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        model = Map.copyOf(model);
        attachments = List.copyOf(attachments);
    }

    /** A stored object sent as a file: the outbox keeps the key, the bytes are read when sending. */
    public record Attachment(Bucket bucket, String key, String name) {
    }

    /** The record an email is about, by type and ID ("invoice", 12), for the admin list and the activity log. */
    public record Related(String type, long id) {
    }
}
