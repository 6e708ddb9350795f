package com.printdesk.accounts;

import java.time.Clock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.clients.ContactDetails;

/**
 * Client self-registration: the client record and its CLIENT user are created in one transaction,
 * so a refused registration (duplicate email, even one racing another) leaves nothing behind.
 */
@Service
public class Registration {

    private final UserAccounts users;
    private final Clients clients;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Registration(UserAccounts users, Clients clients, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * @throws EmailAlreadyRegistered when the email is taken
     * @throws IllegalArgumentException when the password breaks the policy
     */
    @Transactional
    public AccountPrincipal register(RegistrationForm form) {
        PasswordPolicy.problemWith(form.password()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        String email = UserAccount.normaliseEmail(form.email());
        if (users.existsByEmail(email)) {
            throw new EmailAlreadyRegistered();
        }
        ClientSummary client = clients.create(new ContactDetails(form.name(), form.company(), email, form.phone()));
        UserAccount user = UserAccount.client(email, form.name(), client.id(), clock.instant());
        user.setPasswordHash(passwordEncoder.encode(form.password()));
        try {
            return users.saveAndFlush(user).principal();
        }
        catch (DataIntegrityViolationException ex) {
            // another registration with the same email committed between the check and the insert
            throw new EmailAlreadyRegistered();
        }
    }
}
