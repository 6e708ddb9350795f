/**
 * Payments of every method for a payable (an invoice or a shop checkout attempt, by type and ID),
 * Stripe Checkout and its webhook, refunds and disputes. Never imports invoices or ordering;
 * publishes PaymentRecorded, PaymentDeleted and PaymentFailed, which the payable's module applies idempotently.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.payments;
