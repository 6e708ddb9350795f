package com.printdesk.accounts;

import java.util.Optional;

/** What a password must be: long enough to resist guessing, short enough for BCrypt (72 bytes). */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 72;

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is fine. */
    static Optional<String> problemWith(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces");
        }
        return Optional.empty();
    }
}
