package com.printdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time tokens that let a user set a password (new staff, portal invitations). The token is
 * shown once; only its SHA-256 is stored, so a database leak does not leak working links.
 */
@Component
class PasswordTokens {

    static final Duration SET_PASSWORD_VALIDITY = Duration.ofDays(3);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    PasswordTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    /** Issues a new set-password token for the user; earlier unused ones stop working. */
    String issueSetPassword(long userId) {
        return issue(userId, "SET_PASSWORD", SET_PASSWORD_VALIDITY);
    }

    /** A password reset token ("Forgot password?"), valid for an hour; earlier unused ones stop working. */
    String issueReset(long userId) {
        return issue(userId, "RESET_PASSWORD", RESET_VALIDITY);
    }

    private String issue(long userId, String purpose, Duration validity) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        jdbc.sql("UPDATE password_tokens SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
                .params(Timestamp.from(now), userId).update();
        jdbc.sql("""
                INSERT INTO password_tokens (token_hash, user_id, purpose, expires_at, created_at)
                VALUES (?, ?, ?, ?, ?)
                """)
                .params(hash(token), userId, purpose, Timestamp.from(now.plus(validity)), Timestamp.from(now))
                .update();
        return token;
    }

    /** The user a live token belongs to, without using it up. */
    Optional<Long> peek(String token) {
        return jdbc.sql("SELECT user_id FROM password_tokens WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional();
    }

    /** Uses the token up and returns its user; empty when unknown, used or expired. Atomic: a token works once. */
    Optional<Long> consume(String token) {
        return jdbc.sql("""
                UPDATE password_tokens SET used_at = :now
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                RETURNING user_id
                """)
                .param("now", Timestamp.from(clock.instant())).param("hash", hash(token))
                .query(Long.class)
                .optional();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
