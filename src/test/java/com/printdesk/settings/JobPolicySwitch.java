package com.printdesk.settings;

/** Sets the job creation policy for a test (and back): settings are one row shared by every test. */
public final class JobPolicySwitch {

    private JobPolicySwitch() {
    }

    /** Sets the policy and returns the one it replaced. */
    public static JobCreationPolicy use(Settings settings, JobCreationPolicy policy) {
        BusinessProfile current = settings.current();
        settings.update(SettingsForm.of(current).withJobCreationPolicy(policy));
        return current.jobCreationPolicy();
    }
}
