package com.printdesk.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password?": a single-use link (token hashed in the database, one hour) mailed to the user.
 * The caller learns nothing about whether the email has an account: every request looks the same. At
 * most {@link #PER_EMAIL} requests per email and {@link #PER_IP} per client address count per hour,
 * counted in the database under a per-email advisory lock, so several instances share the limit.
 * Resetting ends every session of the user (a thief signed in with the old password is signed out).
 */
@Service
class PasswordResets {

    static final int PER_EMAIL = 3;
    static final int PER_IP = 10;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final UserAccounts users;
    private final PasswordTokens tokens;
    private final Passwords passwords;
    private final AccountMails mails;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final JdbcClient jdbc;
    private final Clock clock;

    PasswordResets(UserAccounts users, PasswordTokens tokens, Passwords passwords, AccountMails mails,
            FindByIndexNameSessionRepository<?> sessions, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mails = mails;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Mails a reset link when the email is an active user's and the limits allow; silent either way. */
    @Transactional
    void request(String email, String ip) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        String normalised = UserAccount.normaliseEmail(email);
        String emailHash = PasswordTokens.hash(normalised);
        Instant now = clock.instant();
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("password-reset:" + emailHash).query().singleRow();
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        long forEmail = jdbc.sql("SELECT count(*) FROM password_reset_requests WHERE email_hash = ? AND requested_at > ?")
                .params(emailHash, since).query(Long.class).single();
        long forIp = jdbc.sql("SELECT count(*) FROM password_reset_requests WHERE ip = ? AND requested_at > ?")
                .params(ip, since).query(Long.class).single();
        long requestId = jdbc.sql("""
                INSERT INTO password_reset_requests (email_hash, ip, requested_at) VALUES (?, ?, ?) RETURNING id
                """).params(emailHash, ip, Timestamp.from(now)).query(Long.class).single();
        jdbc.sql("DELETE FROM password_reset_requests WHERE requested_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        if (forEmail >= PER_EMAIL || forIp >= PER_IP) {
            return;
        }
        users.findByEmail(normalised).filter(UserAccount::active).ifPresent(user ->
                mails.passwordReset(user.email(), user.displayName(), tokens.issueReset(user.id()), requestId));
    }

    /** The account a live link belongs to, for the reset page. */
    Optional<String> emailFor(String token) {
        return passwords.emailForToken(token);
    }

    /** Sets the new password and signs the user out everywhere; empty when the link is unknown, used or expired. */
    @Transactional
    Optional<String> reset(String token, String newPassword) {
        Optional<String> email = passwords.setWithToken(token, newPassword);
        email.ifPresent(address -> sessions.findByPrincipalName(address).keySet().forEach(sessions::deleteById));
        return email;
    }
}
