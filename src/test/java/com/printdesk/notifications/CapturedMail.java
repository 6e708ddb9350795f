package com.printdesk.notifications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import com.printdesk.dev.MailCapture;

/** A mail as the in-process SMTP server received it, taken apart for assertions. */
public record CapturedMail(String to, String subject, String html, String text, List<Attachment> attachments,
        MimeMessage message) {

    /** Waits (up to 20 s) for the one mail to {@code recipient}, then a moment more to be sure no second one follows. */
    public static CapturedMail awaitOne(String recipient) {
        List<MimeMessage> received = awaitAtLeast(recipient, 1);
        sleep(Duration.ofMillis(2500));
        received = MailCapture.to(recipient);
        if (received.size() != 1) {
            throw new AssertionError(received.size() + " mails to " + recipient + ", expected exactly one");
        }
        return of(received.get(0));
    }

    public static List<MimeMessage> awaitAtLeast(String recipient, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<MimeMessage> received = MailCapture.to(recipient);
        while (received.size() < count && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(200));
            received = MailCapture.to(recipient);
        }
        if (received.size() < count) {
            throw new AssertionError("no mail to " + recipient + " within 20 s (" + received.size() + " of " + count + ")");
        }
        return received;
    }

    /** Asserts that nothing reaches {@code recipient} for a few seconds (the outbox is polled every second). */
    public static void assertNone(String recipient) {
        sleep(Duration.ofSeconds(4));
        if (!MailCapture.to(recipient).isEmpty()) {
            throw new AssertionError("unexpected mail to " + recipient);
        }
    }

    public static CapturedMail of(MimeMessage message) {
        try {
            CapturedMail mail = new CapturedMail(message.getAllRecipients()[0].toString(), message.getSubject(), null,
                    null, new ArrayList<>(), message);
            return mail.walk(message);
        }
        catch (MessagingException | IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private CapturedMail walk(Part part) throws MessagingException, IOException {
        CapturedMail mail = this;
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                mail = mail.walk(child);
            }
            return mail;
        }
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(new Attachment(part.getFileName(), bytes(part.getInputStream())));
            return mail;
        }
        if (part.isMimeType("text/html")) {
            return new CapturedMail(to, subject, (String) part.getContent(), text, attachments, message);
        }
        if (part.isMimeType("text/plain")) {
            return new CapturedMail(to, subject, html, (String) part.getContent(), attachments, message);
        }
        return mail;
    }

    private static byte[] bytes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    public record Attachment(String name, byte[] bytes) {

        /** The PDF's text (PDFBox parses it, so a broken PDF fails the test). */
        public String pdfText() {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(document);
            }
            catch (IOException ex) {
                throw new AssertionError("the attachment " + name + " is not a readable PDF", ex);
            }
        }
    }
}
