/**
 * The admin and portal dashboards and {@code GET /api/client/dashboard}: read-only composition of
 * figures other modules compute in SQL (payments, invoices, quotes, activity). Owns no tables and publishes nothing.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.dashboard;
