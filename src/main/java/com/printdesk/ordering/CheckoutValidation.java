package com.printdesk.ordering;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the contact and delivery of a checkout and puts them in their stored form (trimmed, state in
 * capitals, no address for pickup). Field messages are keyed like the JSON ({@code contact.email}).
 */
final class CheckoutValidation {

    static final Set<String> STATES = Set.of("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern POSTCODE = Pattern.compile("^[0-9]{4}$");

    private CheckoutValidation() {
    }

    /** The request with its contact and delivery normalised, or {@link InvalidCheckout} naming every bad field. */
    static CheckoutRequest validated(CheckoutRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.items() == null || request.items().isEmpty()) {
            errors.put("items", "Add at least one model to order");
        }
        else if (request.items().stream().anyMatch(item -> item == null || item.quantity() < 1)) {
            errors.put("items", "Each item needs a quantity of at least 1");
        }
        Contact contact = contact(request.contact(), errors);
        Delivery delivery = delivery(request.delivery(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidCheckout(errors);
        }
        return new CheckoutRequest(request.items(), delivery, contact);
    }

    private static Contact contact(Contact contact, Map<String, String> errors) {
        String name = clean(contact == null ? null : contact.name());
        String email = clean(contact == null ? null : contact.email());
        String phone = clean(contact == null ? null : contact.phone());
        if (name == null) {
            errors.put("contact.name", "Enter the name to contact about this order");
        }
        else if (name.length() > 200) {
            errors.put("contact.name", "The name is at most 200 characters");
        }
        if (email == null) {
            errors.put("contact.email", "Enter an email address for the order");
        }
        else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.put("contact.email", "Enter a valid email address");
        }
        if (phone != null && phone.length() > 40) {
            errors.put("contact.phone", "The phone number is at most 40 characters");
        }
        return new Contact(name, email, phone);
    }

    private static Delivery delivery(Delivery delivery, Map<String, String> errors) {
        if (delivery == null || delivery.method() == null) {
            errors.put("delivery.method", "Choose pickup or shipping");
            return null;
        }
        if (delivery.method() == DeliveryMethod.PICKUP) {
            return new Delivery(DeliveryMethod.PICKUP, null, null, null, null);
        }
        String street = clean(delivery.street());
        String suburb = clean(delivery.suburb());
        String state = clean(delivery.state());
        String postcode = clean(delivery.postcode());
        require(street, "delivery.street", "Enter the street address to ship to", 200, errors);
        require(suburb, "delivery.suburb", "Enter the suburb", 100, errors);
        state = state == null ? null : state.toUpperCase(java.util.Locale.ROOT);
        if (state == null || !STATES.contains(state)) {
            errors.put("delivery.state", "Choose an Australian state or territory (" + String.join(", ",
                    new java.util.TreeSet<>(STATES)) + ")");
        }
        if (postcode == null || !POSTCODE.matcher(postcode).matches()) {
            errors.put("delivery.postcode", "Enter a 4-digit postcode");
        }
        return new Delivery(DeliveryMethod.SHIPPING, street, suburb, state, postcode);
    }

    private static void require(String value, String field, String message, int max, Map<String, String> errors) {
        if (value == null) {
            errors.put(field, message);
        }
        else if (value.length() > max) {
            errors.put(field, "At most " + max + " characters");
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
