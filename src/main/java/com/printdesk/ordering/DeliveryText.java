package com.printdesk.ordering;

/** How a delivery reads on the invoice, its PDF and the jobs. */
final class DeliveryText {

    private DeliveryText() {
    }

    static String of(Delivery delivery) {
        if (delivery == null || delivery.method() == DeliveryMethod.PICKUP) {
            return "Pickup";
        }
        return "Shipping to " + delivery.street().strip() + ", " + delivery.suburb().strip() + " "
                + delivery.state().strip() + " " + delivery.postcode().strip();
    }
}
