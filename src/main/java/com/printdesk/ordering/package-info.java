/**
 * The instant-quote shop: upload, analyse, slice, price, checkout attempt, paid order. Owns tmp_files,
 * checkout_attempts and checkout_attempt_files; listens to PaymentRecorded of CHECKOUT_ATTEMPT payables.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.ordering;
