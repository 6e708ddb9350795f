package com.printdesk.settings;

import java.time.ZoneId;

/** The bureau's settings as every other module reads them (an immutable snapshot). */
public record BusinessProfile(
        String businessName,
        String abn,
        String address,
        String phone,
        String email,
        String bankName,
        String bankBsb,
        String bankAccountNumber,
        boolean hasLogo,
        boolean gstRegistered,
        ZoneId timeZone,
        int paymentTermsDays,
        JobCreationPolicy jobCreationPolicy,
        long version) {

    /** "123-456" as BSBs are printed. */
    public String formattedBsb() {
        return bankBsb == null ? null : bankBsb.substring(0, 3) + "-" + bankBsb.substring(3);
    }

    public String formattedAbn() {
        return abn == null ? null : new com.printdesk.shared.Abn(abn).formatted();
    }
}
