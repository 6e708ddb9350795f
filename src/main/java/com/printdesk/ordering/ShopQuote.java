package com.printdesk.ordering;

import java.util.List;

import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.Money;

/**
 * The whole order as the server priced it. {@code details} is what the invoice will say: a line per
 * item (with material, grams and hours, so it becomes a print job), the setup fee, a top-up to the
 * minimum order, shipping; {@code totals} is the exact amount to charge. {@code ready}: every item is
 * priced and nothing is wrong, so the order may be paid.
 */
record ShopQuote(List<QuotedItem> items, DocumentDetails details, GstCalculation.Totals totals, boolean ready,
        List<String> problems, Money setupFee, Money minimumTopUp) {

    ShopQuote {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }
}
