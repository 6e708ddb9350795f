package com.printdesk.payments;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Stripe ({@code printdesk.stripe.*}, set from {@code STRIPE_*}). Everything is optional: without a
 * secret key PrintDesk runs and online payment is off.
 *
 * @param secretKey API key ({@code STRIPE_SECRET_KEY}); blank turns online payment off
 * @param webhookSecret signing secret of the webhook endpoint ({@code STRIPE_WEBHOOK_SECRET})
 * @param successUrl where Checkout sends the customer after paying ({@code STRIPE_SUCCESS_URL}); when blank, the
 *        URL the caller of {@code CheckoutSessions.open} passes (the payable's own page)
 * @param cancelUrl where Checkout sends the customer after cancelling ({@code STRIPE_CANCEL_URL}); same rule
 * @param currency ISO code of every charge ({@code STRIPE_CURRENCY}); amounts are {@code Money}, i.e. cents
 * @param apiBase the Stripe API base URL ({@code STRIPE_API_BASE}); tests point it at a stub
 */
@Validated
@ConfigurationProperties("printdesk.stripe")
public record StripeProperties(
        String secretKey,
        String webhookSecret,
        String successUrl,
        String cancelUrl,
        @DefaultValue("aud") @Pattern(regexp = "[A-Za-z]{3}", message = "STRIPE_CURRENCY must be a 3-letter ISO code")
        String currency,
        String apiBase) {

    /** Online payment is on once there is a secret key. */
    public boolean enabled() {
        return hasText(secretKey);
    }

    public boolean webhookEnabled() {
        return hasText(webhookSecret);
    }

    /** Lower case, as Stripe writes it. */
    public String currencyCode() {
        return currency.toLowerCase(java.util.Locale.ROOT);
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
