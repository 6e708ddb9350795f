package com.printdesk.quotes;

import java.time.LocalDate;

import com.printdesk.shared.Money;

/** The columns a list needs, projected by the query. */
record QuoteRow(long id, String number, QuoteStatus status, long clientId, String billToName, String billToCompany,
        LocalDate expiryDate, long totalCents) {

    QuoteSummary summary(LocalDate today) {
        return new QuoteSummary(id, number, status, status == QuoteStatus.SENT && expiryDate.isBefore(today), clientId,
                billToName, billToCompany, expiryDate, Money.ofCents(totalCents));
    }
}
