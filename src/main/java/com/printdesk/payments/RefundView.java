package com.printdesk.payments;

import java.time.Instant;

import com.printdesk.shared.Money;

/** A refund as pages read it. */
public record RefundView(long id, long paymentId, Payable payable, Money amount, String reason,
        String processorRefundId, String status, String recordedBy, Instant createdAt) {
}
