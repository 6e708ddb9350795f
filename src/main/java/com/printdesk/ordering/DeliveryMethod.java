package com.printdesk.ordering;

/** How a shop order reaches the client. */
enum DeliveryMethod {
    PICKUP, SHIPPING
}
