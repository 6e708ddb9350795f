package com.printdesk.accounts;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.clients.Clients;
import com.printdesk.clients.ContactDetails;
import com.printdesk.shared.NotFound;

/**
 * A client edits their own details: the client record and the user's name and sign-in email change
 * together, or not at all.
 */
@Service
class Profiles {

    private final UserAccounts users;
    private final Clients clients;

    Profiles(UserAccounts users, Clients clients) {
        this.users = users;
        this.clients = clients;
    }

    @Transactional
    void update(AccountPrincipal me, ContactDetails details) {
        UserAccount user = users.findById(me.userId()).orElseThrow(() -> new NotFound("User"));
        String email = UserAccount.normaliseEmail(details.email());
        if (!email.equals(user.email()) && users.existsByEmail(email)) {
            throw new EmailAlreadyRegistered();
        }
        clients.changeContactDetails(me.clientId(), details);
        user.rename(details.name());
        user.changeEmail(email);
        try {
            users.flush();
        }
        catch (DataIntegrityViolationException ex) {
            throw new EmailAlreadyRegistered();
        }
    }
}
