package com.printdesk.accounts;

import org.springframework.stereotype.Component;

import com.printdesk.clients.ClientReferences;

/** A client with a portal user must not be hard-deleted: the user would sign in to nothing. */
@Component
class PortalUsersReferClients implements ClientReferences {

    private final UserAccounts users;

    PortalUsersReferClients(UserAccounts users) {
        this.users = users;
    }

    @Override
    public boolean isReferenced(long clientId) {
        return users.existsByClientId(clientId);
    }
}
