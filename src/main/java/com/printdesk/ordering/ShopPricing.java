package com.printdesk.ordering;

import java.util.List;

import org.springframework.stereotype.Service;

/** TEMPORARY stub of the lead's contract type; removed before main is merged. */
@Service
class ShopPricing {

    ShopQuote quote(long userId, List<ItemChoice> items, Delivery delivery) {
        throw new UnsupportedOperationException("stub");
    }
}
