package com.printdesk.ordering;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/quick-order/checkout}: the order as it is priced ({@link ShopOrderRequest}'s items and
 * delivery, with the same rules) plus who to contact. Any totals the page sends are ignored: the server
 * prices the order again. Unlike a quote, a checkout must say how the order is delivered.
 */
@Schema(name = "QuickOrderCheckoutRequest")
@JsonIgnoreProperties(ignoreUnknown = true)
record CheckoutRequest(
        @NotEmpty(message = "Add at least one model to the order") @Size(max = 50, message = "At most 50 items")
        List<ShopOrderRequest.@Valid @NotNull Item> items,
        @NotNull(message = "Choose pickup or shipping") @Valid ShopOrderRequest.DeliveryJson delivery,
        @NotNull(message = "Enter your contact details") @Valid ContactJson contact) {

    @Schema(name = "QuickOrderContact")
    record ContactJson(
            @NotBlank(message = "Enter the name to contact about this order")
            @Size(max = 200, message = "Keep the name under 200 characters") String name,
            @NotBlank(message = "Enter an email address for the order")
            // blank is NotBlank's to report; one message per field
            @Pattern(regexp = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = "Enter a valid email address")
            @Size(max = 254, message = "Keep the email under 254 characters") String email,
            @Size(max = 40, message = "Keep the phone number under 40 characters") String phone) {

        Contact contact() {
            return new Contact(name.strip(), email.strip(), phone == null || phone.isBlank() ? null : phone.strip());
        }
    }

    ShopOrderRequest order() {
        return new ShopOrderRequest(items, delivery);
    }
}
