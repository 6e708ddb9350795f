package com.printdesk.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.printdesk.files.Bucket;
import com.printdesk.invoices.AdjustmentNotePdfs;
import com.printdesk.invoices.AdjustmentNotes;
import com.printdesk.invoices.AdjustmentNotes.AdjustmentNote;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.invoices.InvoiceEvents.InvoicePaid;
import com.printdesk.payments.PaymentEvents.PaymentRecorded;
import com.printdesk.payments.Refunds.RefundRecorded;
import com.printdesk.settings.Settings;
import com.printdesk.shared.AppUrl;

/**
 * A receipt after every payment of an invoice (any method) and an adjustment note after a refund. Each
 * is keyed by the payment or refund ID, so a redelivered event finds its email already in the outbox.
 */
@Component
class PaymentMails {

    private static final Logger log = LoggerFactory.getLogger(PaymentMails.class);

    static final String FOR_INVOICES = "#root.args[0].payable().type().name() == 'INVOICE'";

    private final Invoices invoices;
    private final AdjustmentNotes notes;
    private final AdjustmentNotePdfs notePdfs;
    private final Recipients recipients;
    private final Outbox outbox;
    private final AppUrl appUrl;
    private final Settings settings;

    PaymentMails(Invoices invoices, AdjustmentNotes notes, AdjustmentNotePdfs notePdfs, Recipients recipients,
            Outbox outbox, AppUrl appUrl, Settings settings) {
        this.settings = settings;
        this.invoices = invoices;
        this.notes = notes;
        this.notePdfs = notePdfs;
        this.recipients = recipients;
        this.outbox = outbox;
        this.appUrl = appUrl;
    }

    @ApplicationModuleListener(condition = FOR_INVOICES)
    void on(PaymentRecorded payment) {
        Optional<InvoiceView> found = invoices.find(payment.payable().id());
        if (found.isEmpty()) {
            // Stripe metadata naming an invoice that does not exist: the money is recorded and flagged,
            // but there is no one to send a receipt to (and failing here would be retried for ever)
            log.warn("No receipt for payment {}: invoice {} does not exist", payment.paymentId(),
                    payment.payable().id());
            return;
        }
        InvoiceView invoice = found.get();
        recipients.forDocument(invoice.clientId(), invoice.details()).ifPresent(to -> {
            Map<String, String> model = new HashMap<>();
            model.put("name", to.name());
            model.put("amount", payment.amount().formatted());
            model.put("method", payment.method().label());
            model.put("date", DocumentMails.DATE.format(payment.occurredAt().atZone(settings.current().timeZone())));
            model.put("document", invoice.title() + " " + invoice.reference());
            model.put("portalUrl", appUrl.link("/portal/invoices/" + invoice.id()));
            outbox.enqueue(new Email("payment-receipt:" + payment.paymentId(), to.email(),
                    "Payment received for " + invoice.reference() + ": " + payment.amount().formatted(), "receipt",
                    model, List.of(), new Email.Related("invoice", invoice.id()), false));
        });
    }

    /**
     * A shop order is paid before its invoice exists (the payment names the checkout attempt), so its
     * receipt follows the invoice being paid instead: once per invoice, for shop orders only — other
     * invoices get a receipt per payment above.
     */
    @ApplicationModuleListener(condition = "#root.args[0].mayBeShopOrder()")
    void on(InvoicePaid paid) {
        InvoiceView invoice = invoices.view(paid.invoiceId());
        if (invoice.shopAttemptId() == null) {
            return; // an event stored before it said whether it is a shop order (null), resubmitted
        }
        recipients.forDocument(invoice.clientId(), invoice.details()).ifPresent(to -> {
            Map<String, String> model = new HashMap<>();
            model.put("name", to.name());
            model.put("amount", invoice.amountPaid().formatted());
            model.put("method", "card, online");
            model.put("date", DocumentMails.DATE.format(paid.occurredAt().atZone(settings.current().timeZone())));
            model.put("document", "your order, " + invoice.title() + " " + invoice.reference());
            model.put("portalUrl", appUrl.link("/portal/invoices/" + invoice.id()));
            outbox.enqueue(new Email("shop-order-receipt:" + invoice.id(), to.email(),
                    "Order confirmed: " + invoice.reference() + ", " + invoice.amountPaid().formatted() + " received",
                    "receipt", model, List.of(), new Email.Related("invoice", invoice.id()), false));
        });
    }

    /**
     * {@code invoices} issues the note from the same event in its own listener, which may not have run yet:
     * then this one fails and the publication registry delivers the event again a minute later.
     */
    @ApplicationModuleListener(condition = FOR_INVOICES)
    void on(RefundRecorded refund) {
        AdjustmentNote note = notes.forRefund(refund.refundId()).orElseThrow(() -> new IllegalStateException(
                "The adjustment note for refund " + refund.refundId() + " is not issued yet; retried later"));
        InvoiceView invoice = invoices.view(note.invoiceId());
        recipients.forDocument(invoice.clientId(), invoice.details()).ifPresent(to -> {
            Map<String, String> model = new HashMap<>();
            model.put("name", to.name());
            model.put("amount", note.amount().formatted());
            model.put("note", "Adjustment note " + note.number());
            model.put("document", invoice.title() + " " + invoice.reference());
            if (note.reason() != null && !note.reason().isBlank()) {
                model.put("reason", note.reason());
            }
            model.put("attachmentName", note.pdfFileName());
            model.put("portalUrl", appUrl.link("/portal/invoices/" + invoice.id()));
            outbox.enqueue(new Email("refund-note:" + refund.refundId(), to.email(),
                    "Refund of " + note.amount().formatted() + ": adjustment note " + note.number(), "adjustment",
                    model, List.of(new Email.Attachment(Bucket.PDFS, notePdfs.store(note, invoice), note.pdfFileName())),
                    new Email.Related("invoice", invoice.id()), false));
        });
    }
}
