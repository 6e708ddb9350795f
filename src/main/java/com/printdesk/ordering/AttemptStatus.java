package com.printdesk.ordering;

/** OPEN (waiting for Stripe) → PAID → FULFILLED (invoice, files, jobs made); EXPIRED: unpaid past its expiry. */
enum AttemptStatus {
    OPEN, PAID, FULFILLED, EXPIRED
}
