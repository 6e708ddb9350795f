/**
 * GST tax invoices, items, attachments, adjustment notes, numbering and balances (arrives in step 2).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.invoices;
