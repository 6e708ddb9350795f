package com.printdesk.payments;

import java.util.LinkedHashMap;
import java.util.Map;

import com.stripe.param.checkout.SessionCreateParams;

/** What the caller asks of a Checkout session besides the stored generation: its line, metadata and return URLs. */
record CheckoutSessionRequest(String description, Map<String, String> metadata, String successUrl, String cancelUrl) {

    /** {@code STRIPE_SUCCESS_URL} and {@code STRIPE_CANCEL_URL}, when set, replace the URLs given. */
    static CheckoutSessionRequest of(StripeProperties properties, String description, Map<String, String> metadata,
            String successUrl, String cancelUrl) {
        return new CheckoutSessionRequest(description, metadata, choose(properties.successUrl(), successUrl),
                choose(properties.cancelUrl(), cancelUrl));
    }

    /** Built only from the stored generation and the payable, so a retry is the same request. */
    SessionCreateParams parameters(CheckoutSession row) {
        Map<String, String> allMetadata = new LinkedHashMap<>(metadata == null ? Map.of() : metadata);
        allMetadata.put("payable_type", row.payable().type().name());
        allMetadata.put("payable_id", String.valueOf(row.payable().id()));
        return SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(row.currency())
                                .setUnitAmount(row.amount().cents())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(description)
                                        .build())
                                .build())
                        .build())
                .setClientReferenceId(String.valueOf(row.payable().id()))
                .putAllMetadata(allMetadata)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putAllMetadata(allMetadata).build())
                .setExpiresAt(row.expiresAt().getEpochSecond())
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl)
                .build();
    }

    private static String choose(String configured, String given) {
        String url = StripeProperties.hasText(configured) ? configured : given;
        if (!StripeProperties.hasText(url)) {
            throw new IllegalArgumentException("A Checkout session needs success and cancel URLs");
        }
        return url;
    }
}
