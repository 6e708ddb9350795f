/**
 * Clients (the bureau's customers): identity, company, contact details. Self-registration creates one through accounts.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.clients;
