package com.printdesk.ordering;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.printdesk.slicing.SupportStyle;

/**
 * The order as the page sends it to be priced (and, with contact details, to be paid). Whatever
 * prices it might also carry are ignored: the server prices it again.
 */
@Schema(name = "QuickOrderRequest")
record ShopOrderRequest(
        @NotEmpty(message = "Add at least one model to the order") @Size(max = 50, message = "At most 50 items")
        List<@Valid @NotNull Item> items,
        @Valid DeliveryJson delivery) {

    List<ItemChoice> choices() {
        return items.stream().map(Item::choice).toList();
    }

    Delivery deliveryOrPickup() {
        return delivery == null ? Delivery.PICKUP : delivery.delivery();
    }

    @Schema(name = "QuickOrderItem")
    record Item(
            @NotNull(message = "Choose a model") Long fileId,
            @NotNull(message = "Choose a material") Long materialId,
            @NotNull(message = "Enter the layer height") @DecimalMin(value = "0.10", message = "At least 0.10 mm")
            @DecimalMax(value = "0.30", message = "At most 0.30 mm") BigDecimal layerHeight,
            @NotNull(message = "Enter the infill") @Min(value = 0, message = "At least 0 %")
            @Max(value = 100, message = "At most 100 %") Integer infillPercent,
            boolean supports,
            SupportStyle supportStyle,
            @Min(value = 0, message = "0 (automatic) or 1–89°") @Max(value = 89, message = "At most 89°")
            int overhangThreshold,
            @NotNull(message = "Enter the quantity") @Min(value = 1, message = "At least 1")
            @Max(value = 1000, message = "At most 1000") Integer quantity,
            @Schema(description = "1, or a unit change the upload offered (25.4 for inches, 1000 for metres)")
            BigDecimal scale) {

        ItemChoice choice() {
            return new ItemChoice(fileId, materialId, layerHeight, infillPercent, supports, supportStyle,
                    overhangThreshold, quantity, scale);
        }
    }

    @Schema(name = "QuickOrderDelivery")
    record DeliveryJson(
            @NotNull(message = "Choose pickup or shipping") DeliveryMethod method,
            @Size(max = 200, message = "Keep the street under 200 characters") String street,
            @Size(max = 80, message = "Keep the suburb under 80 characters") String suburb,
            String state,
            String postcode) {

        static final List<String> STATES = List.of("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA");

        /** @throws InvalidShopOrder naming every missing or malformed part of a shipping address */
        Delivery delivery() {
            if (method != DeliveryMethod.SHIPPING) {
                return Delivery.PICKUP;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            if (street == null || street.isBlank()) {
                errors.put("delivery.street", "Enter the street address");
            }
            if (suburb == null || suburb.isBlank()) {
                errors.put("delivery.suburb", "Enter the suburb");
            }
            if (!STATES.contains(state)) {
                errors.put("delivery.state", "Choose the state: " + String.join(", ", STATES));
            }
            if (postcode == null || !postcode.matches("\\d{4}")) {
                errors.put("delivery.postcode", "A postcode has 4 digits");
            }
            if (!errors.isEmpty()) {
                throw new InvalidShopOrder(errors);
            }
            return new Delivery(method, street.strip(), suburb.strip(), state, postcode);
        }
    }
}
