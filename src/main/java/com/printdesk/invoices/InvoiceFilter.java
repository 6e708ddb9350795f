package com.printdesk.invoices;

import java.util.Locale;

import com.printdesk.shared.LikePattern;

/** What the admin narrowed the invoice list to. */
public record InvoiceFilter(InvoiceStatus status, Long clientId, String search, boolean overdueOnly) {

    public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, false);

    String likePattern() {
        if (search == null || search.isBlank()) {
            return null;
        }
        return LikePattern.containing(search.toLowerCase(Locale.ROOT));
    }
}
