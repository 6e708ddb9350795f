package com.printdesk.ordering;

/** Pickup, or shipping to an Australian address (checked by the request that carries it). */
record Delivery(DeliveryMethod method, String street, String suburb, String state, String postcode) {

    static final Delivery PICKUP = new Delivery(DeliveryMethod.PICKUP, null, null, null, null);

    Delivery {
        method = method == null ? DeliveryMethod.PICKUP : method;
    }

    boolean shipped() {
        return method == DeliveryMethod.SHIPPING;
    }

    /** "Pickup" or "12 Smith St, Newtown NSW 2042", as the invoice and the job print it. */
    String summary() {
        return shipped() ? street.strip() + ", " + suburb.strip() + " " + state + " " + postcode : "Pickup";
    }
}
