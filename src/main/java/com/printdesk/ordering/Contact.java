package com.printdesk.ordering;

/** Who to contact about a shop order. */
record Contact(String name, String email, String phone) {
}
