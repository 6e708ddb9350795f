package com.printdesk.settings;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.printdesk.shared.Money;

import com.printdesk.shared.ValidAbn;

/** The business settings page as submitted. */
public record SettingsForm(
        @NotBlank(message = "Enter the business name") @Size(max = 160, message = "Keep the name under 160 characters")
        String businessName,
        @ValidAbn String abn,
        @Size(max = 500, message = "Keep the address under 500 characters") String address,
        @Pattern(regexp = "^$|^[+0-9 ()-]{6,20}$", message = "Enter a phone number of digits, spaces, +, ( ) or -")
        String phone,
        @Email(message = "Enter a valid email address") @Size(max = 254) String email,
        @Size(max = 120) String bankName,
        @Pattern(regexp = "^$|^\\d{3}-?\\d{3}$", message = "A BSB has 6 digits, like 062-000") String bankBsb,
        @Pattern(regexp = "^$|^\\d{4,10}$", message = "An account number has 4 to 10 digits") String bankAccountNumber,
        boolean gstRegistered,
        @NotBlank(message = "Choose a time zone") String timeZone,
        @NotNull(message = "Enter the payment terms") @Min(value = 0, message = "Payment terms cannot be negative")
        @Max(value = 365, message = "Payment terms are at most 365 days") Integer paymentTermsDays,
        @NotNull(message = "Choose when print jobs are created") JobCreationPolicy jobCreationPolicy,
        @NotBlank(message = "Enter the machine hour rate")
        @Pattern(regexp = "^\\d{1,6}(\\.\\d{1,4})?$", message = "Enter dollars per hour with at most 4 decimals, like 4.50")
        String machineHourRate,
        @NotBlank(message = "Enter the setup fee (0 for none)")
        @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String setupFee,
        @NotBlank(message = "Enter the minimum order value (0 for none)")
        @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String minimumOrder,
        @NotNull(message = "Enter the markup") @DecimalMin(value = "0", message = "Markup cannot be negative")
        @DecimalMax(value = "1000", message = "Markup is at most 1000 %") @Digits(integer = 4, fraction = 2,
                message = "Markup has at most 2 decimals") BigDecimal markupPercent,
        @NotNull(message = "Enter how many days a quote is valid") @Min(value = 1, message = "At least 1 day")
        @Max(value = 365, message = "At most 365 days") Integer quoteValidityDays,
        @NotBlank(message = "Enter the shipping fee (0 for free shipping)")
        @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String shippingFee,
        @Pattern(regexp = "^$|" + MONEY, message = MONEY_MESSAGE + ", or leave it empty")
        String freeShippingThreshold,
        long version) {

    static final String MONEY = "^\\d{1,7}(\\.\\d{1,2})?$";
    static final String MONEY_MESSAGE = "Enter dollars and cents, like 25 or 25.50";

    static SettingsForm of(BusinessProfile profile) {
        return new SettingsForm(profile.businessName(), profile.abn(), profile.address(), profile.phone(),
                profile.email(), profile.bankName(), profile.bankBsb(), profile.bankAccountNumber(),
                profile.gstRegistered(), profile.timeZone().getId(), profile.paymentTermsDays(),
                profile.jobCreationPolicy(), profile.pricing().machineHourRate().plain(),
                profile.pricing().setupFee().plain(), profile.pricing().minimumOrder().plain(),
                profile.pricing().markupPercent(), profile.pricing().quoteValidityDays(),
                profile.pricing().shippingFee().plain(), profile.pricing().freeShippingThreshold()
                        .map(Money::plain).orElse(""), profile.version());
    }

    /** The same form with another job creation policy (tests switch it). */
    public SettingsForm withJobCreationPolicy(JobCreationPolicy policy) {
        return new SettingsForm(businessName, abn, address, phone, email, bankName, bankBsb, bankAccountNumber,
                gstRegistered, timeZone, paymentTermsDays, policy, machineHourRate, setupFee, minimumOrder,
                markupPercent, quoteValidityDays, shippingFee, freeShippingThreshold, version);
    }
}
