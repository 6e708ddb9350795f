package com.printdesk.quotes;

import java.time.LocalDate;

import com.printdesk.shared.Money;

/** A row of a quote list. */
public record QuoteSummary(long id, String number, QuoteStatus status, boolean expired, long clientId,
        String billToName, String billToCompany, LocalDate expiryDate, Money total) {

    public String displayStatus() {
        return expired ? "EXPIRED" : status.name();
    }

    public String reference() {
        return number != null ? number : "Draft #" + id;
    }
}
