package com.printdesk.ordering;

/** TEMPORARY stub of the lead's contract type; removed before main is merged. */
record Delivery(DeliveryMethod method, String street, String suburb, String state, String postcode) {
}
