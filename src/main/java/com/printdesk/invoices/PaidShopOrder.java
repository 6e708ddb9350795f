package com.printdesk.invoices;

import com.printdesk.shared.DocumentDetails;

/**
 * A shop order whose money Stripe has taken, as the invoice it becomes.
 *
 * @param attemptId the checkout attempt (ordering) it was paid as; one invoice per attempt
 * @param details bill-to (the order's contact) and the priced lines, exactly as charged
 * @param delivery "Pickup" or the shipping address, printed on the invoice and the order's jobs
 * @param paymentId the payment taken for the attempt; it moves onto the invoice
 */
public record PaidShopOrder(long attemptId, long clientId, DocumentDetails details, String delivery, long paymentId) {
}
