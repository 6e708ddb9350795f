/**
 * Conversations between a client and the bureau (optionally about an invoice or a job): the admin inbox,
 * the portal's messages, per-user read markers and the unread counts in both navigations.
 * Publishes MessagePosted; implements ClientReferences (a client with conversations is archived, not deleted).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.messaging;
