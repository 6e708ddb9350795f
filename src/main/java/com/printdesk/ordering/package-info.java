/**
 * The instant-quote shop: upload, analyse, slice, price, checkout attempt, paid order (arrives in step 5).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.ordering;
