package com.printdesk.settings;

/** When print jobs are created from an invoice. */
public enum JobCreationPolicy {
    /** as soon as the invoice is issued */
    ON_INVOICE,
    /** once the invoice is fully paid */
    ON_PAYMENT
}
