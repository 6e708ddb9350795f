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

    /** {@code INVOICE:12}, as {@link #key()} writes it. */
    static Payable parse(String key) {
        int colon = key.indexOf(':');
        return new Payable(PayableType.valueOf(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)));
    }

    /** {@code INVOICE:12}: the payable in a task instance ID or a log line. */
    String key() {
        return type.name() + ":" + id;
    }

    public enum PayableType {
        INVOICE, CHECKOUT_ATTEMPT
    }
}
