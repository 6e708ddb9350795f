package com.printdesk.invoices;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.invoices.InvoiceEvents.InvoicePaid;
import com.printdesk.payments.CheckoutSessions;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentEvents.PaymentDeleted;
import com.printdesk.payments.PaymentEvents.PaymentRecorded;
import com.printdesk.payments.PaymentView;
import com.printdesk.payments.Payments;
import com.printdesk.payments.RefundView;
import com.printdesk.payments.Refunds;
import com.printdesk.shared.Actors;
import com.printdesk.shared.Money;
import com.printdesk.shared.NotFound;

/**
 * Payments as invoices see them. A manual payment is recorded through {@code payments} inside the
 * invoice's transaction with the invoice row locked (so two admins cannot overpay it together);
 * payments arriving by event (Stripe) are applied by the listener. Either way a payment is applied
 * once, keyed by its ID in {@code invoice_payments}.
 */
@Service
public class InvoicePayments {

    /**
     * Payments' events name any payable; this module takes those of invoices only. As a listener
     * condition (not a check in the method) no event publication is stored for the others at all.
     */
    static final String FOR_INVOICES = "#root.args[0].payable().type().name() == 'INVOICE'";

    private final InvoiceRepository invoices;
    private final Payments payments;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Refunds refunds;
    private final AdjustmentNotes notes;
    private final Invoices invoiceReads;
    private final CheckoutSessions checkout;

    InvoicePayments(InvoiceRepository invoices, Payments payments, Refunds refunds, AdjustmentNotes notes,
            Invoices invoiceReads, CheckoutSessions checkout, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.checkout = checkout;
        this.refunds = refunds;
        this.notes = notes;
        this.invoiceReads = invoiceReads;
        this.invoices = invoices;
        this.payments = payments;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PaymentView recordManual(long invoiceId, ManualPayment payment) {
        Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new NotFound("Invoice"));
        invoice.requireAcceptsPayment(payment.amount());
        PaymentView recorded = payments.recordManual(Payable.invoice(invoiceId), payment);
        apply(invoice, recorded.id(), recorded.amount());
        return recorded;
    }

    @Transactional
    public void deleteManual(long invoiceId, long paymentId, String reason) {
        Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new NotFound("Invoice"));
        PaymentView payment = payments.find(paymentId).filter(p -> p.payable().equals(Payable.invoice(invoiceId)))
                .orElseThrow(() -> new NotFound("Payment"));
        payments.deleteManual(payment.id(), reason);
        unapply(invoice, paymentId, payment.amount());
    }

    /** Gives money back on a payment (through Stripe when Stripe took it) and issues the adjustment note for it. */
    @Transactional
    public RefundView refundManual(long invoiceId, long paymentId, Money amount, String reason) {
        Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new NotFound("Invoice"));
        PaymentView payment = payments.find(paymentId).filter(p -> p.payable().equals(Payable.invoice(invoiceId)))
                .orElseThrow(() -> new NotFound("Payment"));
        // money taken through Checkout goes back through Stripe; anything else was given back by hand
        RefundView refund = payment.processorId() != null
                ? refunds.refundThroughStripe(paymentId, amount, reason)
                : refunds.recordManual(paymentId, amount, reason);
        applyRefund(invoice, refund.id(), refund.amount(), refund.reason());
        return refund;
    }

    /** Refunds reported by event (Stripe): one adjustment note per refund ID. */
    @ApplicationModuleListener(condition = FOR_INVOICES)
    void on(Refunds.RefundRecorded refunded) {
        invoices.lock(refunded.payable().id()).ifPresent(invoice -> applyRefund(invoice, refunded.refundId(),
                refunded.amount(), refunded.reason()));
    }

    public List<RefundView> refundsFor(long invoiceId) {
        return refunds.forPayable(Payable.invoice(invoiceId));
    }

    private void applyRefund(Invoice invoice, long refundId, Money amount, String reason) {
        if (notes.issueForRefund(invoice.id(), refundId, amount, reason, invoiceReads.today())) {
            invoice.applyRefund(amount);
        }
    }

    public List<PaymentView> forInvoice(long invoiceId) {
        return payments.forPayable(Payable.invoice(invoiceId));
    }

    /** Stripe money (and any payment seen again): applied once per payment ID, after the payment committed. */
    @ApplicationModuleListener(condition = FOR_INVOICES)
    void on(PaymentRecorded recorded) {
        applyReceived(recorded.payable(), recorded.paymentId(), recorded.amount());
    }

    /**
     * A Stripe payment the return page has just recorded, applied now rather than when its
     * {@link PaymentRecorded} arrives, so the client sees it; the event then finds it applied.
     */
    @Transactional
    public void applyReceived(PaymentView payment) {
        if (!payment.deleted()) {
            applyReceived(payment.payable(), payment.id(), payment.amount());
        }
    }

    private void applyReceived(Payable payable, long paymentId, Money amount) {
        if (payable.type() != Payable.PayableType.INVOICE) {
            return;
        }
        invoices.lock(payable.id()).ifPresent(invoice -> {
            String unexpected = unexpected(invoice, amount);
            // judged only by whoever applies it: a second look (event after the return page) sees it paid already
            if (apply(invoice, paymentId, amount) && unexpected != null) {
                payments.flag(paymentId, unexpected);
            }
        });
    }

    @ApplicationModuleListener(condition = FOR_INVOICES)
    void on(PaymentDeleted deleted) {
        invoices.lock(deleted.payable().id())
                .ifPresent(invoice -> unapply(invoice, deleted.paymentId(), deleted.amount()));
    }

    /** Why money arriving for this invoice needs an admin's eye (it is applied either way), or null. */
    private static String unexpected(Invoice invoice, Money amount) {
        if (!(invoice.status().isOpen() || invoice.status() == InvoiceStatus.PAID)) {
            return "Paid on invoice " + invoice.number() + ", which is " + invoice.status().name().toLowerCase()
                    .replace('_', ' ') + ": refund it or reissue the invoice";
        }
        if (amount.compareTo(invoice.balance()) > 0) {
            return "More than the balance of " + invoice.balance() + " on invoice " + invoice.number()
                    + ": refund the difference";
        }
        return null;
    }

    /** False when this payment was applied before. Runs in the caller's transaction with the invoice locked. */
    boolean apply(Invoice invoice, long paymentId, Money amount) {
        // money already received is always applied, whatever the invoice's state; manual payments were
        // checked against the balance before they were recorded
        int inserted = jdbc.sql("""
                INSERT INTO invoice_payments (payment_id, invoice_id, amount_cents, applied_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (payment_id) DO NOTHING
                """).params(paymentId, invoice.id(), amount.cents(), Timestamp.from(clock.instant())).update();
        if (inserted == 1 && invoice.applyPayment(amount)) {
            events.publishEvent(new InvoicePaid(UUID.randomUUID(), Actors.current(), invoice.id(), invoice.clientId(),
                    invoice.number(), "Invoice " + invoice.number() + " paid in full", clock.instant(),
                    invoice.shopAttemptId() != null, checkout.anyOpen(Payable.invoice(invoice.id()))));
        }
        return inserted == 1;
    }

    private void unapply(Invoice invoice, long paymentId, Money amount) {
        // a tombstone, not a delete: a late PaymentRecorded for this ID must still find it and do nothing
        int removed = jdbc.sql("UPDATE invoice_payments SET removed_at = ? WHERE payment_id = ? AND removed_at IS NULL")
                .params(Timestamp.from(clock.instant()), paymentId).update();
        if (removed == 1) {
            invoice.removePayment(amount);
        }
    }
}
