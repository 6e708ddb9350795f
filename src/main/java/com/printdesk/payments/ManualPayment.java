package com.printdesk.payments;

import java.time.LocalDate;

import com.printdesk.shared.Money;

/** A payment an admin records by hand: a bank transfer, cash, or Stripe money taken outside Checkout. */
public record ManualPayment(PaymentMethod method, Money amount, LocalDate paidOn, String reference, String note) {

    public ManualPayment {
        if (amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("A payment is more than $0.00");
        }
        if (method == null || paidOn == null) {
            throw new IllegalArgumentException("A payment needs a method and a date");
        }
    }
}
