package com.printdesk.ordering;

import java.util.Map;

/**
 * Fields of a shop order the server cannot accept (an unknown material, a unit change that was not
 * offered, a shipping address without a postcode): 422 with each field named by its JSON path, e.g.
 * {@code items[1].materialId} or {@code delivery.postcode}, like bean validation's errors.
 */
class InvalidShopOrder extends RuntimeException {

    private final Map<String, String> errors;

    InvalidShopOrder(String field, String message) {
        this(Map.of(field, message));
    }

    InvalidShopOrder(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
        return errors;
    }
}
