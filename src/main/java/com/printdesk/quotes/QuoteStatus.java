package com.printdesk.quotes;

/** Stored statuses. EXPIRED is derived: a sent quote past its expiry date in the business time zone. */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, DECLINED, CONVERTED
}
