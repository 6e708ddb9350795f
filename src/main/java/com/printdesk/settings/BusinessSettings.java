package com.printdesk.settings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.printdesk.shared.Money;
import com.printdesk.shared.Rate;

/** The one row of business settings. */
@Entity
@Table(name = "business_settings")
class BusinessSettings {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "business_name", nullable = false)
    private String businessName;

    private String abn;
    private String address;
    private String phone;
    private String email;

    @Column(name = "bank_name")
    private String bankName;

    @Column(name = "bank_bsb")
    private String bankBsb;

    @Column(name = "bank_account_number")
    private String bankAccountNumber;

    @Column(name = "logo_key")
    private String logoKey;

    @Column(name = "logo_content_type")
    private String logoContentType;

    @Column(name = "gst_registered", nullable = false)
    private boolean gstRegistered;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_creation_policy", nullable = false)
    private JobCreationPolicy jobCreationPolicy;

    @Column(name = "machine_hour_rate", nullable = false)
    private BigDecimal machineHourRate;

    @Column(name = "setup_fee_cents", nullable = false)
    private long setupFeeCents;

    @Column(name = "minimum_order_cents", nullable = false)
    private long minimumOrderCents;

    @Column(name = "markup_percent", nullable = false)
    private BigDecimal markupPercent;

    @Column(name = "quote_validity_days", nullable = false)
    private int quoteValidityDays;

    @Column(name = "shipping_fee_cents", nullable = false)
    private long shippingFeeCents;

    // null: shipping is never free
    @Column(name = "free_shipping_threshold_cents")
    private Long freeShippingThresholdCents;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BusinessSettings() {
    }

    void change(SettingsForm form, Instant now) {
        this.businessName = form.businessName().strip();
        this.abn = digitsOrNull(form.abn());
        this.address = blankToNull(form.address());
        this.phone = blankToNull(form.phone());
        this.email = blankToNull(form.email());
        this.bankName = blankToNull(form.bankName());
        this.bankBsb = digitsOrNull(form.bankBsb());
        this.bankAccountNumber = digitsOrNull(form.bankAccountNumber());
        this.gstRegistered = form.gstRegistered();
        this.timeZone = ZoneId.of(form.timeZone()).getId();
        this.paymentTermsDays = form.paymentTermsDays();
        this.jobCreationPolicy = form.jobCreationPolicy();
        this.machineHourRate = Rate.parse(form.machineHourRate()).dollars();
        this.setupFeeCents = Money.parse(form.setupFee()).cents();
        this.minimumOrderCents = Money.parse(form.minimumOrder()).cents();
        this.markupPercent = form.markupPercent();
        this.quoteValidityDays = form.quoteValidityDays();
        this.shippingFeeCents = Money.parse(form.shippingFee()).cents();
        this.freeShippingThresholdCents = form.freeShippingThreshold() == null || form.freeShippingThreshold().isBlank()
                ? null : Money.parse(form.freeShippingThreshold()).cents();
        this.updatedAt = now;
    }

    /** Points at a new logo and returns the key of the one it replaces, if any. */
    String replaceLogo(String key, String contentType, Instant now) {
        String previous = logoKey;
        this.logoKey = key;
        this.logoContentType = contentType;
        this.updatedAt = now;
        return previous;
    }

    String logoKey() {
        return logoKey;
    }

    String logoContentType() {
        return logoContentType;
    }

    long version() {
        return version;
    }

    BusinessProfile profile() {
        return new BusinessProfile(businessName, abn, address, phone, email, bankName, bankBsb, bankAccountNumber,
                logoKey != null, gstRegistered, ZoneId.of(timeZone), paymentTermsDays, jobCreationPolicy,
                new BusinessProfile.Pricing(new Rate(machineHourRate), Money.ofCents(setupFeeCents),
                        Money.ofCents(minimumOrderCents), markupPercent, quoteValidityDays,
                        Money.ofCents(shippingFeeCents),
                        Optional.ofNullable(freeShippingThresholdCents).map(Money::ofCents)),
                version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String digitsOrNull(String value) {
        String digits = value == null ? "" : value.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }
}
