package com.printdesk.accounts;

import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.NotFound;

/** Changing a password (knowing the current one) and setting one from a one-time link. */
@Service
class Passwords {

    private final UserAccounts users;
    private final PasswordTokens tokens;
    private final PasswordEncoder encoder;
    private final PersistentTokenRepository rememberMeTokens;

    Passwords(UserAccounts users, PasswordTokens tokens, PasswordEncoder encoder,
            PersistentTokenRepository rememberMeTokens) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.rememberMeTokens = rememberMeTokens;
    }

    /** @throws BusinessRuleViolation when the current password is wrong or the new one breaks the policy */
    @Transactional
    void change(long userId, String currentPassword, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFound("User"));
        if (currentPassword == null || !user.hasPassword() || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new BusinessRuleViolation("The current password is not correct");
        }
        setPassword(user, newPassword);
    }

    /** Uses up the token and sets the password; empty when the link is unknown, used or expired. */
    @Transactional
    Optional<String> setWithToken(String token, String newPassword) {
        PasswordPolicy.problemWith(newPassword).ifPresent(problem -> {
            throw new BusinessRuleViolation(problem);
        });
        return tokens.consume(token).flatMap(users::findById).map(user -> {
            setPassword(user, newPassword);
            return user.email();
        });
    }

    Optional<String> emailForToken(String token) {
        return tokens.peek(token).flatMap(users::findById).map(UserAccount::email);
    }

    private void setPassword(UserAccount user, String newPassword) {
        PasswordPolicy.problemWith(newPassword).ifPresent(problem -> {
            throw new BusinessRuleViolation(problem);
        });
        user.setPasswordHash(encoder.encode(newPassword));
        rememberMeTokens.removeUserTokens(user.email());
    }
}
