package com.printdesk.messaging;

import com.printdesk.accounts.AccountPrincipal;

/**
 * Who writes or reads: a client user (scoped to their client) or a member of the bureau staff.
 * Read markers are kept per user on both sides, so each admin has their own unread count.
 */
public record Author(long userId, String name, String email, Long clientId) {

    public static Author of(AccountPrincipal user) {
        return new Author(user.userId(), user.displayName(), user.email(), user.isAdmin() ? null : user.clientId());
    }

    public boolean isClient() {
        return clientId != null;
    }
}
