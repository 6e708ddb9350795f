/**
 * Payments of every method, Stripe Checkout sessions, the Stripe webhook, refunds and disputes (arrives in step 3).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.payments;
