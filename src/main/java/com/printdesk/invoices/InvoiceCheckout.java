package com.printdesk.invoices;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.modulith.events.ApplicationModuleListener;

import com.printdesk.payments.CheckoutFulfilment;
import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.CheckoutSessions;
import com.printdesk.payments.Payable;
import com.printdesk.payments.PaymentView;
import com.printdesk.shared.AppUrl;
import com.printdesk.shared.BusinessRuleViolation;

/**
 * Paying an invoice online: a Stripe Checkout session for its balance, back to the portal invoice
 * page afterwards. Open sessions are expired once the invoice is settled another way or voided.
 */
@Service
public class InvoiceCheckout {

    /** Stripe puts the session's ID where this template stands in the success URL. */
    static final String SESSION_ID_PARAMETER = "session_id={CHECKOUT_SESSION_ID}";

    private final Invoices invoices;
    private final CheckoutSessions checkout;
    private final CheckoutFulfilment fulfilment;
    private final InvoicePayments payments;
    private final AppUrl appUrl;

    InvoiceCheckout(Invoices invoices, CheckoutSessions checkout, CheckoutFulfilment fulfilment,
            InvoicePayments payments, AppUrl appUrl) {
        this.invoices = invoices;
        this.checkout = checkout;
        this.fulfilment = fulfilment;
        this.payments = payments;
        this.appUrl = appUrl;
    }

    /** Whether to show "Pay now": Stripe configured, the invoice open, and a balance Stripe accepts. */
    public boolean canPayOnline(InvoiceView invoice) {
        return checkout.enabled() && invoice.status().isOpen() && CheckoutSessions.payableOnline(invoice.balance());
    }

    /** The session for an invoice; {@code clientId} limits it to that client's invoices (else 404). */
    public CheckoutSession start(long invoiceId, Long clientId) {
        InvoiceView invoice = clientId == null ? invoices.view(invoiceId) : invoices.viewForClient(invoiceId, clientId);
        if (!invoice.status().isOpen()) {
            throw new BusinessRuleViolation("Invoice " + invoice.reference() + " cannot be paid online: it is "
                    + invoice.displayStatus().toLowerCase().replace('_', ' '));
        }
        String page = appUrl.link("/portal/invoices/" + invoiceId);
        CheckoutSession session = checkout.open(Payable.invoice(invoiceId), invoice.balance(),
                invoice.title() + " " + invoice.number(), Map.of("invoice_number", invoice.number()),
                page + "?" + SESSION_ID_PARAMETER, page);
        // Paid or voided while the session was being opened: the paying transaction may have looked for open
        // sessions before this one was stored (InvoicePaid.checkoutOpen false), so nothing would expire it.
        // This read waits for that transaction, so one of the two always sees the other.
        if (!invoices.stillOpen(invoiceId)) {
            checkout.expireOpenLater(Payable.invoice(invoiceId));
            throw new BusinessRuleViolation("Invoice " + invoice.reference() + " was settled a moment ago and can "
                    + "no longer be paid online");
        }
        return session;
    }

    /**
     * The client is back from Checkout with {@code sessionId}: if Stripe says that session of this
     * invoice is paid, the payment is recorded (once, whoever comes first: this page, the webhook or
     * reconciliation) and applied now. A session of another invoice or client changes nothing.
     *
     * @return whether a payment of that session is on the invoice
     */
    public boolean returnedFromCheckout(long invoiceId, long clientId, String sessionId) {
        invoices.viewForClient(invoiceId, clientId);
        Optional<PaymentView> payment = fulfilment.fulfil(sessionId, Payable.invoice(invoiceId));
        payment.ifPresent(payments::applyReceived);
        return payment.isPresent();
    }

    /**
     * Settled or voided: no one may pay it online any more. The open session is expired by the job
     * runner (retried while Stripe is down), never by this listener's thread waiting on Stripe.
     */
    @ApplicationModuleListener(condition = "#root.args[0].mayHaveCheckoutOpen()")
    void on(InvoiceEvents.InvoicePaid paid) {
        checkout.expireOpenLater(Payable.invoice(paid.invoiceId()));
    }

    @ApplicationModuleListener
    void on(InvoiceEvents.InvoiceVoided voided) {
        checkout.expireOpenLater(Payable.invoice(voided.invoiceId()));
    }
}
