/**
 * Clients (the bureau's customers): contact details, ABN, billing address, notes, payment terms and
 * archiving, with the admin pages under /admin/clients. Publishes ClientCreated, ClientUpdated,
 * ClientArchived, ClientUnarchived and ClientDeleted; asks other modules through the ClientReferences SPI
 * whether a client may be deleted for good.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.clients;
