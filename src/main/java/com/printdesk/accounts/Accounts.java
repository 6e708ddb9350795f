package com.printdesk.accounts;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's API for other modules: figures and ensuring an administrator exists. */
@Service
public class Accounts {

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(UserAccounts users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UserCounts counts() {
        return new UserCounts(users.countByRole(Role.ADMIN), users.countByRole(Role.CLIENT));
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return users.existsByRole(Role.ADMIN);
    }

    /** Creates an active administrator with this password unless the email already signs in. */
    @Transactional
    public boolean ensureAdmin(String email, String displayName, String password) {
        String normalised = UserAccount.normaliseEmail(email);
        if (users.existsByEmail(normalised)) {
            return false;
        }
        PasswordPolicy.problemWith(password).ifPresent(problem -> {
            throw new IllegalArgumentException("Administrator password: " + problem);
        });
        UserAccount admin = UserAccount.admin(normalised, displayName, clock.instant());
        admin.setPasswordHash(encoder.encode(password));
        users.save(admin);
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<Long> clientUserId(long clientId) {
        return users.findByClientId(clientId).map(UserAccount::id);
    }

    public record UserCounts(long admins, long clientUsers) {
    }
}
