package com.printdesk.ordering;

import java.util.List;

import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.GstCalculation;

/** TEMPORARY stub of the lead's contract type; removed before main is merged. */
record ShopQuote(List<QuotedItem> items, DocumentDetails details, GstCalculation.Totals totals,
        boolean ready, List<String> problems) {
}
