/**
 * Materials, printers and product templates (arrives in step 2).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.catalog;
