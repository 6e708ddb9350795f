package com.printdesk.clients;

/**
 * Service provider interface: other modules tell {@code clients} whether they hold records that refer
 * to a client (quotes, invoices, a portal user...), so a client is hard-deleted only when nothing
 * refers to it and archived otherwise, without {@code clients} depending on those modules.
 *
 * <p>Implement it as a bean in the module that owns the references. A module that creates a record
 * referring to a client should call {@link Clients#lockForNewReference(long)} in the same
 * transaction, so a concurrent delete cannot leave that record pointing at nothing.
 */
public interface ClientReferences {

    /** True when this module holds at least one record that refers to the client. */
    boolean isReferenced(long clientId);
}
