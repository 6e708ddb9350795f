package com.printdesk.accounts;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Wraps password authentication with the database-backed {@link LoginThrottle}: a locked email is
 * refused before its password is even checked, each failure is counted, a success clears the count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        Optional<Duration> locked = throttle.lockedFor(email);
        if (locked.isPresent()) {
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(email);
            return result;
        }
        catch (AuthenticationException ex) {
            throttle.recordFailure(email);
            throw ex;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failures: the message says how long to wait. */
    static class LoginThrottledException extends LockedException {

        private final long minutes;

        LoginThrottledException(Duration remaining) {
            super("Too many failed sign-in attempts for this email");
            this.minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        }

        long minutes() {
            return minutes;
        }
    }
}
