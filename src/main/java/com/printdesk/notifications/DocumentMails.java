package com.printdesk.notifications;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.files.Bucket;
import com.printdesk.invoices.InvoicePdfs;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.notifications.NotificationEvents.DocumentEmailed;
import com.printdesk.notifications.Recipients.Recipient;
import com.printdesk.quotes.QuotePdfs;
import com.printdesk.quotes.QuoteStatus;
import com.printdesk.quotes.QuoteView;
import com.printdesk.quotes.Quotes;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Actors;
import com.printdesk.shared.AppUrl;
import com.printdesk.shared.BusinessRuleViolation;

/**
 * Sending a quote or an invoice from its page: the PDF is stored, the email is written to the outbox and
 * (for a draft quote) the quote is marked sent, all in one transaction. The compose form carries a
 * random send ID, so a double-submitted form makes one email.
 */
@Service
public class DocumentMails {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("en-AU"));

    private final Quotes quotes;
    private final QuotePdfs quotePdfs;
    private final Invoices invoices;
    private final InvoicePdfs invoicePdfs;
    private final Recipients recipients;
    private final Outbox outbox;
    private final Settings settings;
    private final AppUrl appUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentMails(Quotes quotes, QuotePdfs quotePdfs, Invoices invoices, InvoicePdfs invoicePdfs,
            Recipients recipients, Outbox outbox, Settings settings, AppUrl appUrl, ApplicationEventPublisher events,
            Clock clock) {
        this.quotes = quotes;
        this.quotePdfs = quotePdfs;
        this.invoices = invoices;
        this.invoicePdfs = invoicePdfs;
        this.recipients = recipients;
        this.outbox = outbox;
        this.settings = settings;
        this.appUrl = appUrl;
        this.events = events;
        this.clock = clock;
    }

    /** What the compose form starts with. */
    public Draft quoteDraft(long quoteId) {
        QuoteView quote = quotes.view(quoteId);
        String business = settings.current().businessName();
        return new Draft(recipientOf(quote.clientId(), quote).email(),
                (quote.number() != null ? "Quote " + quote.number() : "Your quote") + " from " + business,
                "Thank you for your enquiry. Please find our quote attached; you can accept it in the portal.",
                UUID.randomUUID().toString());
    }

    public Draft invoiceDraft(long invoiceId) {
        InvoiceView invoice = requireSendable(invoices.view(invoiceId));
        String business = settings.current().businessName();
        return new Draft(recipientOf(invoice.clientId(), invoice).email(),
                invoice.title() + " " + invoice.number() + " from " + business,
                "Thank you for your business. Please find your " + invoice.title().toLowerCase() + " attached.",
                UUID.randomUUID().toString());
    }

    /** Emails the quote; a draft is marked sent (numbered) first. The outbox email's ID. */
    @Transactional
    public long sendQuote(long quoteId, String subject, String message, String sendId) {
        QuoteView quote = quotes.view(quoteId);
        if (quote.isDraft()) {
            quote = quotes.markSent(quoteId);
        }
        else if (quote.status() != QuoteStatus.SENT && quote.status() != QuoteStatus.ACCEPTED) {
            throw new BusinessRuleViolation("A " + quote.displayStatus().toLowerCase() + " quote is not sent again.");
        }
        Recipient to = recipientOf(quote.clientId(), quote);
        Map<String, String> model = base(to, message, "Quote " + quote.number(), quote.totals().total().formatted(),
                quote.pdfFileName(), "/portal/quotes/" + quote.id(), "View and accept the quote");
        model.put("validUntil", DATE.format(quote.expiryDate()));
        Email email = new Email("quote-email:" + quote.id() + ":" + sendId, to.email(), subject(subject), "document",
                model, List.of(new Email.Attachment(Bucket.PDFS, quotePdfs.store(quote), quote.pdfFileName())),
                new Email.Related("quote", quote.id()), false);
        return queued(email, "quote", quote.id(), "Quote " + quote.number());
    }

    /** Emails an issued invoice with its PDF and, while money is owed, a "Pay online" link. */
    @Transactional
    public long sendInvoice(long invoiceId, String subject, String message, String sendId) {
        InvoiceView invoice = requireSendable(invoices.view(invoiceId));
        Recipient to = recipientOf(invoice.clientId(), invoice);
        InvoicePdfs.StoredPdf pdf = invoicePdfs.pdf(invoice);
        Map<String, String> model = base(to, message, invoice.title() + " " + invoice.number(),
                invoice.totals().total().formatted(), pdf.fileName(), "/portal/invoices/" + invoice.id(),
                "View the invoice");
        if (invoice.dueDate() != null && invoice.status().isOpen()) {
            model.put("dueDate", DATE.format(invoice.dueDate()));
        }
        if (invoice.status().isOpen() && invoice.balance().isPositive()) {
            model.put("payUrl", appUrl.link("/portal/invoices/" + invoice.id()));
        }
        Email email = new Email("invoice-email:" + invoice.id() + ":" + sendId, to.email(), subject(subject),
                "document", model, List.of(new Email.Attachment(Bucket.PDFS, pdf.key(), pdf.fileName())),
                new Email.Related("invoice", invoice.id()), false);
        return queued(email, "invoice", invoice.id(), invoice.title() + " " + invoice.number());
    }

    private long queued(Email email, String type, long id, String document) {
        return outbox.enqueue(email).map(emailId -> {
            events.publishEvent(new DocumentEmailed(UUID.randomUUID(), Actors.current(), type, id, emailId,
                    email.recipient(), document + " emailed to " + email.recipient(), clock.instant()));
            return emailId;
        }).orElseGet(() -> outbox.byCause(email.causeKey()).orElseThrow().id());
    }

    private Map<String, String> base(Recipient to, String message, String document, String total,
            String attachmentName, String portalPath, String portalLabel) {
        Map<String, String> model = new HashMap<>();
        model.put("name", to.name());
        if (message != null && !message.isBlank()) {
            model.put("message", message.strip());
        }
        model.put("document", document);
        model.put("total", total);
        model.put("attachmentName", attachmentName);
        model.put("portalUrl", appUrl.link(portalPath));
        model.put("portalLabel", portalLabel);
        return model;
    }

    private static String subject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new BusinessRuleViolation("Enter a subject.");
        }
        String oneLine = subject.strip().replaceAll("[\\r\\n]+", " ");
        if (oneLine.length() > 300) {
            throw new BusinessRuleViolation("The subject is longer than 300 characters.");
        }
        return oneLine;
    }

    private static InvoiceView requireSendable(InvoiceView invoice) {
        if (invoice.isDraft()) {
            throw new BusinessRuleViolation("Issue the invoice before emailing it.");
        }
        return invoice;
    }

    private Recipient recipientOf(long clientId, QuoteView quote) {
        return recipients.forDocument(clientId, quote.details()).orElseThrow(DocumentMails::noEmail);
    }

    private Recipient recipientOf(long clientId, InvoiceView invoice) {
        return recipients.forDocument(clientId, invoice.details()).orElseThrow(DocumentMails::noEmail);
    }

    private static BusinessRuleViolation noEmail() {
        return new BusinessRuleViolation("Neither the document nor the client has an email address. Add one to the client first.");
    }

    /** The compose form: to (shown, not edited), subject, message, and the send ID that makes a resubmit harmless. */
    public record Draft(String recipient, String subject, String message, String sendId) {
    }
}
