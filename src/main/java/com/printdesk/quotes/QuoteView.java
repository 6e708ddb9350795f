package com.printdesk.quotes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.LineItem;

/** A quote as pages, PDFs and other modules read it. */
public record QuoteView(long id, String number, QuoteStatus status, boolean expired, long clientId,
        DocumentDetails details, GstCalculation.Totals totals, boolean gstRegistered, LocalDate expiryDate,
        Long invoiceId, Instant createdAt, long version) {

    static QuoteView of(Quote quote, LocalDate today) {
        DocumentDetails details = quote.details();
        return new QuoteView(quote.id(), quote.number(), quote.status(), quote.isExpired(today), quote.clientId(),
                details, details.totals(quote.content().gstRegistered()), quote.content().gstRegistered(),
                quote.expiryDate(), quote.invoiceId(), quote.createdAt(), quote.version());
    }

    public String displayStatus() {
        return expired ? "EXPIRED" : status.name();
    }

    public String reference() {
        return number != null ? number : "Draft quote #" + id;
    }

    public boolean isDraft() {
        return status == QuoteStatus.DRAFT;
    }

    public boolean awaitsAnswer() {
        return status == QuoteStatus.SENT && !expired;
    }

    public boolean convertible() {
        return status == QuoteStatus.SENT || status == QuoteStatus.ACCEPTED;
    }

    public String pdfFileName() {
        return "Quote-" + (number != null ? number : "draft-" + id) + ".pdf";
    }

    public List<LineItem> items() {
        return details.items();
    }
}
