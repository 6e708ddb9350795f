package com.printdesk.accounts;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.shared.Actors;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.NotFound;

/**
 * A client's portal user as the back office manages it: see whether there is one, invite the client
 * (a CLIENT user without a password and a one-time set-password link), and issue a new link.
 */
@Service
class PortalAccess {

    private final UserAccounts users;
    private final Clients clients;
    private final PasswordTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountMails mails;

    PortalAccess(UserAccounts users, Clients clients, PasswordTokens tokens, ApplicationEventPublisher events,
            Clock clock, AccountMails mails) {
        this.mails = mails;
        this.users = users;
        this.clients = clients;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<PortalUser> of(long clientId) {
        return users.findByClientId(clientId).map(PortalUser::of);
    }

    /**
     * Creates the client's portal user with the client's email and returns the set-password token.
     * The client row stays locked until commit, so a concurrent delete cannot remove it meanwhile.
     */
    @Transactional
    Invitation invite(long clientId) {
        ClientSummary client = clients.lockForNewReference(clientId);
        if (client.archived()) {
            throw new BusinessRuleViolation("This client is archived. Restore it before inviting it to the portal.");
        }
        if (users.existsByClientId(clientId)) {
            throw new BusinessRuleViolation("This client already has portal access.");
        }
        String email = UserAccount.normaliseEmail(client.email());
        if (users.existsByEmail(email)) {
            throw emailTaken(email);
        }
        UserAccount user;
        try {
            user = users.saveAndFlush(UserAccount.client(email, client.name(), clientId, clock.instant()));
        }
        catch (DataIntegrityViolationException ex) {
            throw emailTaken(email); // someone took the email between the check and the insert
        }
        events.publishEvent(new PortalAccessInvited(UUID.randomUUID(), Actors.current(), clientId, user.id(), email,
                "Client " + client.displayName() + " invited to the portal as " + email, clock.instant()));
        String token = tokens.issueSetPassword(user.id());
        mails.portalInvitation(email, client.name(), token);
        return new Invitation(email, token);
    }

    /** A fresh link for an invited client who has not set a password yet; earlier links stop working. */
    @Transactional
    Invitation newLink(long clientId) {
        UserAccount user = users.findByClientId(clientId).orElseThrow(() -> new NotFound("Portal user"));
        if (user.hasPassword()) {
            throw new BusinessRuleViolation("This client has already set a password and can sign in.");
        }
        String token = tokens.issueSetPassword(user.id());
        mails.portalInvitation(user.email(), user.displayName(), token);
        return new Invitation(user.email(), token);
    }

    private static BusinessRuleViolation emailTaken(String email) {
        return new BusinessRuleViolation("An account with " + email + " already exists, so it cannot sign in for "
                + "this client too. Change the client's email to one of its own, then invite again.");
    }

    record Invitation(String email, String setPasswordToken) {
    }

    /** The portal user shown on the client's page. */
    record PortalUser(String email, boolean active, boolean passwordSet) {

        static PortalUser of(UserAccount user) {
            return new PortalUser(user.email(), user.active(), user.hasPassword());
        }
    }
}
