package com.printdesk.ordering;

/** TEMPORARY stub of the lead's contract type; removed before main is merged. */
enum DeliveryMethod {
    PICKUP, SHIPPING
}
