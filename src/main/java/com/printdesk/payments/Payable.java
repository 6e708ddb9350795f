package com.printdesk.payments;

import java.util.Objects;

/** What a payment pays: a type and an ID, nothing more (payments never reads invoices or orders). */
public record Payable(PayableType type, long id) {

    public Payable {
        Objects.requireNonNull(type, "type");
    }

    public static Payable invoice(long invoiceId) {
        return new Payable(PayableType.INVOICE, invoiceId);
    }

    public enum PayableType {
        INVOICE, CHECKOUT_ATTEMPT
    }
}
