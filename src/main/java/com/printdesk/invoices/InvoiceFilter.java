package com.printdesk.invoices;

import java.util.Locale;

/** What the admin narrowed the invoice list to. */
public record InvoiceFilter(InvoiceStatus status, Long clientId, String search, boolean overdueOnly) {

    public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, false);

    String likePattern() {
        if (search == null || search.isBlank()) {
            return null;
        }
        String escaped = search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
