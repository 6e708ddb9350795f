/**
 * Users (ADMIN or CLIENT, a CLIENT linked to one client), sign-in, login throttling kept in the database, self-registration, staff management, portal invitations of clients and one-time set-password links. Publishes PortalAccessInvited; implements ClientReferences (a portal user refers to its client).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.accounts;
