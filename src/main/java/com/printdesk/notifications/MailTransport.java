package com.printdesk.notifications;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import com.printdesk.files.Storage;
import com.printdesk.notifications.MailRenderer.RenderedMail;

/**
 * SMTP, built from {@link MailProperties} rather than Boot's {@code spring.mail.*}, so "no host" simply
 * means "keep mail queued" instead of a missing bean. Attachments are read from storage when sending.
 */
@Component
class MailTransport {

    private final MailProperties properties;
    private final Storage storage;
    private final JavaMailSenderImpl sender;

    MailTransport(MailProperties properties, Storage storage) {
        this.properties = properties;
        this.storage = storage;
        this.sender = properties.configured() ? sender(properties) : null;
    }

    boolean configured() {
        return sender != null;
    }

    void send(OutboxEmail email, RenderedMail rendered, MailOptions options) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(email.recipient());
        if (options.replyTo() != null) {
            helper.setReplyTo(options.replyTo());
        }
        if (options.bcc() != null) {
            helper.setBcc(options.bcc());
        }
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        for (Email.Attachment attachment : email.attachments()) {
            byte[] bytes = storage.getBytes(attachment.bucket(), attachment.key());
            helper.addAttachment(attachment.name(), new ByteArrayResource(bytes), "application/pdf");
        }
        message.setHeader("X-PrintDesk-Email", Long.toString(email.id()));
        sender.send(message);
    }

    private static JavaMailSenderImpl sender(MailProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.host());
        sender.setPort(properties.port());
        sender.setDefaultEncoding("UTF-8");
        Properties smtp = sender.getJavaMailProperties();
        if (properties.username() != null && !properties.username().isBlank()) {
            sender.setUsername(properties.username());
            sender.setPassword(properties.password());
            smtp.put("mail.smtp.auth", "true");
            smtp.put("mail.smtp.starttls.enable", "true");
        }
        // a dead server must fail an attempt quickly, not hold the outbox row lock for minutes
        smtp.put("mail.smtp.connectiontimeout", "10000");
        smtp.put("mail.smtp.timeout", "20000");
        smtp.put("mail.smtp.writetimeout", "20000");
        return sender;
    }

    /** Per-bureau choices from the settings: where replies go and whether the bureau gets a blind copy. */
    record MailOptions(String replyTo, String bcc) {
    }
}
