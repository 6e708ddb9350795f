/**
 * Quotes, quote items, conversion to invoices and the quote PDF (arrives in step 2).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.quotes;
