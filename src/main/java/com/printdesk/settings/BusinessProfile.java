package com.printdesk.settings;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Optional;

import com.printdesk.shared.Money;
import com.printdesk.shared.Rate;

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
        Pricing pricing,
        long version) {

    /**
     * What the bureau charges besides material: machine time, a setup fee per order, a minimum order,
     * a markup on cost, and how long a quote is valid.
     */
    public record Pricing(Rate machineHourRate, Money setupFee, Money minimumOrder, BigDecimal markupPercent,
            int quoteValidityDays, Money shippingFee, Optional<Money> freeShippingThreshold) {

        /** The flat shipping fee, or nothing once the order reaches the free-shipping threshold. */
        public Money shippingFor(Money orderValue) {
            return freeShippingThreshold.filter(threshold -> orderValue.compareTo(threshold) >= 0).isPresent()
                    ? Money.ZERO : shippingFee;
        }
    }

    /** "123-456" as BSBs are printed. */
    public String formattedBsb() {
        return bankBsb == null ? null : bankBsb.substring(0, 3) + "-" + bankBsb.substring(3);
    }

    public String formattedAbn() {
        return abn == null ? null : new com.printdesk.shared.Abn(abn).formatted();
    }
}
