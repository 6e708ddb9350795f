package com.printdesk.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email in the database, so the limit holds however many instances
 * serve the login form: after {@value #MAX_FAILURES} failures within the lock period the email is
 * refused for {@link #LOCK_PERIOD}. Each statement is atomic on its own (an upsert), so
 * concurrent failures are all counted.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_PERIOD = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the email is still locked, if it is. */
    Optional<Duration> lockedFor(String email) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM login_attempts WHERE email = ? AND locked_until > ?")
                .params(key(email), Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    /** Counts a failure; failures older than the lock period, or from before an expired lock, start over. */
    void recordFailure(String email) {
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(LOCK_PERIOD));
        jdbc.sql("""
                INSERT INTO login_attempts AS a (email, failures, last_failure_at, locked_until)
                VALUES (:email, 1, :now, NULL)
                ON CONFLICT (email) DO UPDATE SET
                    failures = CASE
                        WHEN a.last_failure_at < :windowStart OR a.locked_until <= :now THEN 1
                        ELSE a.failures + 1 END,
                    locked_until = CASE
                        WHEN a.locked_until <= :now THEN NULL
                        ELSE a.locked_until END,
                    last_failure_at = :now
                """)
                .param("email", key(email)).param("now", nowTs).param("windowStart", windowStart)
                .update();
        jdbc.sql("""
                UPDATE login_attempts SET locked_until = :until
                WHERE email = :email AND failures >= :max AND locked_until IS NULL
                """)
                .param("until", Timestamp.from(now.plus(LOCK_PERIOD))).param("email", key(email))
                .param("max", MAX_FAILURES)
                .update();
    }

    void recordSuccess(String email) {
        jdbc.sql("DELETE FROM login_attempts WHERE email = ?").param(key(email)).update();
    }

    private static String key(String email) {
        return UserAccount.normaliseEmail(email == null ? "" : email);
    }
}
