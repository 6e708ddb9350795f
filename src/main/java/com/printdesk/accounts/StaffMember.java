package com.printdesk.accounts;

import java.time.Instant;

/** An administrator as the staff page lists them. */
public record StaffMember(long id, String email, String displayName, boolean active, boolean passwordSet,
        Instant createdAt) {

    static StaffMember of(UserAccount user) {
        return new StaffMember(user.id(), user.email(), user.displayName(), user.active(), user.hasPassword(),
                user.createdAt());
    }
}
