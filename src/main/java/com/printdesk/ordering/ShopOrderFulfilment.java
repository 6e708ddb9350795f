package com.printdesk.ordering;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import com.printdesk.invoices.PaidShopOrder;
import com.printdesk.invoices.ShopOrderInvoices;
import com.printdesk.shared.DocumentDetails;

/**
 * Turns a paid checkout attempt into the bureau's order, step by step, each step idempotent so the task
 * can be retried from the top: (1) the invoice, issued and PAID with the payment moved onto it, in one
 * transaction of {@code invoices} keyed by the attempt; (2) the models and G-code copied to order files;
 * (3) the attempt marked FULFILLED. Jobs follow from the invoice's events ({@code jobs}).
 */
@Service
class ShopOrderFulfilment {

    private static final Logger log = LoggerFactory.getLogger(ShopOrderFulfilment.class);

    private final CheckoutAttempts attempts;
    private final ShopOrderInvoices invoices;
    private final OrderFileCopies files;
    private final Clock clock;

    ShopOrderFulfilment(CheckoutAttempts attempts, ShopOrderInvoices invoices, OrderFileCopies files, Clock clock) {
        this.attempts = attempts;
        this.invoices = invoices;
        this.files = files;
        this.clock = clock;
    }

    void fulfil(long attemptId) {
        CheckoutAttempt attempt = attempts.find(attemptId).orElse(null);
        if (attempt == null || attempt.status() == AttemptStatus.FULFILLED) {
            return;
        }
        if (attempt.paymentId() == null) {
            throw new IllegalStateException("Checkout attempt " + attemptId + " is not paid; nothing to fulfil");
        }
        long invoiceId = invoices.createPaid(new PaidShopOrder(attemptId, attempt.clientId(),
                attempt.order().details(billTo(attempt), notes(attempt)), attempt.deliverySummary(),
                attempt.paymentId()));
        attempts.recordInvoice(attemptId, invoiceId);
        files.claim(attempt, invoiceId);
        attempts.markFulfilled(attemptId, clock.instant());
        log.info("Checkout attempt {} fulfilled as invoice {}", attemptId, invoiceId);
    }

    /** The buyer is whoever the order names as its contact; shipping goes to the delivery address. */
    private static DocumentDetails.BillTo billTo(CheckoutAttempt attempt) {
        Delivery delivery = attempt.delivery();
        String address = delivery.method() == DeliveryMethod.SHIPPING
                ? delivery.street() + "\n" + delivery.suburb() + " " + delivery.state() + " " + delivery.postcode()
                : null;
        return new DocumentDetails.BillTo(attempt.contact().name(), null, null, attempt.contact().email(), address);
    }

    private static String notes(CheckoutAttempt attempt) {
        String phone = attempt.contact().phone();
        return "Shop order #" + attempt.id() + ", paid online." + (phone != null ? " Phone: " + phone : "");
    }
}
