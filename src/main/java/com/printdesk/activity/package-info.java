/**
 * The activity log: records every {@link com.printdesk.shared.ActivityEvent} any module publishes
 * (once, keyed by its event ID) and shows it on an admin page and on each record's page.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.activity;
