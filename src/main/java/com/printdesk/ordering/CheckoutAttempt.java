package com.printdesk.ordering;

import java.time.Instant;

import com.printdesk.shared.Money;

/** A stored checkout attempt (see {@link CheckoutAttempts}). */
record CheckoutAttempt(long id, long clientId, long userId, Contact contact, Delivery delivery, PricedOrder order,
        Money total, String currency, AttemptStatus status, Instant expiresAt, Instant retainUntil, Long paymentId,
        Long invoiceId, Instant createdAt, long version) {

    public boolean paid() {
        return paymentId != null;
    }

    /** "Pickup" or "1 Main St, Newtown NSW 2042", as the invoice and the jobs print it. */
    public String deliverySummary() {
        return delivery.summary();
    }
}
