package com.printdesk.settings;

/** Sets the job creation policy for a test (and back): settings are one row shared by every test. */
public final class JobPolicySwitch {

    private JobPolicySwitch() {
    }

    /** Sets the policy and returns the one it replaced. */
    public static JobCreationPolicy use(Settings settings, JobCreationPolicy policy) {
        BusinessProfile current = settings.current();
        SettingsForm form = SettingsForm.of(current);
        settings.update(new SettingsForm(form.businessName(), form.abn(), form.address(), form.phone(), form.email(),
                form.bankName(), form.bankBsb(), form.bankAccountNumber(), form.gstRegistered(), form.timeZone(),
                form.paymentTermsDays(), policy, form.machineHourRate(), form.setupFee(), form.minimumOrder(),
                form.markupPercent(), form.quoteValidityDays(), form.version()));
        return current.jobCreationPolicy();
    }
}
