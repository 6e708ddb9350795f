package com.printdesk.payments;

import java.time.Instant;
import java.time.LocalDate;

import com.printdesk.shared.Money;

/** A payment as pages read it. */
public record PaymentView(long id, Payable payable, PaymentMethod method, Money amount, LocalDate paidOn,
        String reference, String note, String processorId, boolean deleted, String deletedReason, boolean flagged,
        String flagReason, String recordedBy, Instant createdAt) {
}
