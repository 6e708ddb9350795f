/**
 * Email outbox, templates and reminders (arrives in step 6).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.notifications;
