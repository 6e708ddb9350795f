package com.printdesk.catalog;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.printdesk.shared.BusinessRuleViolation;

/**
 * Two admins editing the same entry: the one who saves second is told to reload instead of silently
 * overwriting the first. The form carries the version it was based on; the row's version decides.
 */
final class StaleEdits {

    static final String MESSAGE = "Someone else saved this while you were editing. "
            + "Reload the page to see their changes, then make yours again.";

    private StaleEdits() {
    }

    static void refuseIfChanged(long formVersion, long currentVersion) {
        if (formVersion != currentVersion) {
            throw new BusinessRuleViolation(MESSAGE);
        }
    }

    /** Writes now, so a concurrent save surfaces here as the same message rather than at commit. */
    static void flush(JpaRepository<?, ?> repository) {
        try {
            repository.flush();
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            throw new BusinessRuleViolation(MESSAGE);
        }
    }
}
