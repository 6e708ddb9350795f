package com.printdesk.ordering;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/quick-order/checkout}: the quote request plus who to contact. Any totals the page
 * sends are ignored: the server prices the order again.
 */
@Schema(name = "QuickOrderCheckoutRequest")
@JsonIgnoreProperties(ignoreUnknown = true)
record CheckoutRequest(List<ItemChoice> items, Delivery delivery, Contact contact) {
}
