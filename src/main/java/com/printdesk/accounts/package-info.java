/**
 * Users (ADMIN or CLIENT, a CLIENT linked to one client), sign-in, login throttling kept in the database, self-registration, staff management and one-time set-password links. Publishes nothing yet.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.accounts;
