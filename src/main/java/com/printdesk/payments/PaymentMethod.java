package com.printdesk.payments;

/** How money arrived. STRIPE covers Checkout and money taken in Stripe outside Checkout. */
public enum PaymentMethod {
    STRIPE("Stripe"), BANK_TRANSFER("Bank transfer"), CASH("Cash"), OTHER("Other");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
