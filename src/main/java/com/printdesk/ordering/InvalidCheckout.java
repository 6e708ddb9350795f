package com.printdesk.ordering;

import java.util.Map;

/** A checkout request with bad fields: a 422 problem detail with a message per field, nothing stored. */
class InvalidCheckout extends RuntimeException {

    private final Map<String, String> errors;

    InvalidCheckout(Map<String, String> errors) {
        super("The order has invalid fields: " + String.join(", ", errors.keySet()));
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    Map<String, String> errors() {
        return errors;
    }
}
