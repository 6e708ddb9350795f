package com.printdesk.quotes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.DocumentContent;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.DocumentLine;
import com.printdesk.shared.LineItem;

/** A quote. Drafts are edited; sending numbers it; the client accepts or declines; it converts once. */
@Entity
@Table(name = "quotes")
class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuoteStatus status;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Embedded
    private DocumentContent content;

    @ElementCollection
    @CollectionTable(name = "quote_items", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderColumn(name = "position")
    private List<DocumentLine> items = new ArrayList<>();

    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(name = "pdf_key")
    private String pdfKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Version
    private long version;

    protected Quote() {
    }

    Quote(long clientId, DocumentDetails details, LocalDate expiryDate, boolean gstRegistered, Instant now) {
        this.clientId = clientId;
        this.status = QuoteStatus.DRAFT;
        this.createdAt = now;
        this.content = new DocumentContent();
        change(details, expiryDate, gstRegistered);
    }

    void change(DocumentDetails details, LocalDate expiryDate, boolean gstRegistered) {
        if (status != QuoteStatus.DRAFT) {
            throw new BusinessRuleViolation("Only draft quotes can be edited; duplicate this quote to change it");
        }
        this.expiryDate = expiryDate;
        content.change(details, gstRegistered);
        items.clear();
        details.items().forEach(item -> items.add(new DocumentLine(item)));
    }

    /** Marked as sent by hand (email arrives later): the quote gets its number and the client sees it. */
    void send(String number, Instant now) {
        if (status != QuoteStatus.DRAFT) {
            throw new BusinessRuleViolation("This quote was already sent");
        }
        if (items.isEmpty()) {
            throw new BusinessRuleViolation("Add at least one line before sending the quote");
        }
        this.number = number;
        this.status = QuoteStatus.SENT;
        this.sentAt = now;
    }

    void accept(LocalDate today, Instant now) {
        respond(QuoteStatus.ACCEPTED, today, now);
    }

    void decline(LocalDate today, Instant now) {
        respond(QuoteStatus.DECLINED, today, now);
    }

    private void respond(QuoteStatus answer, LocalDate today, Instant now) {
        if (status == answer) {
            return;
        }
        if (status != QuoteStatus.SENT) {
            throw new BusinessRuleViolation("Only a sent quote can be accepted or declined; this one is "
                    + status.name().toLowerCase());
        }
        if (isExpired(today)) {
            throw new BusinessRuleViolation("This quote expired on " + expiryDate + ". Ask for a new quote.");
        }
        this.status = answer;
        this.respondedAt = now;
    }

    boolean canConvert() {
        return status == QuoteStatus.SENT || status == QuoteStatus.ACCEPTED;
    }

    void converted(long invoiceId) {
        if (!canConvert()) {
            throw new BusinessRuleViolation("Only a sent or accepted quote can become an invoice");
        }
        this.invoiceId = invoiceId;
        this.status = QuoteStatus.CONVERTED;
    }

    boolean isExpired(LocalDate today) {
        return status == QuoteStatus.SENT && expiryDate.isBefore(today);
    }

    List<LineItem> lineItems() {
        return items.stream().map(DocumentLine::item).toList();
    }

    DocumentDetails details() {
        return content.details(lineItems());
    }

    Long id() { return id; }
    long clientId() { return clientId; }
    String number() { return number; }
    QuoteStatus status() { return status; }
    LocalDate expiryDate() { return expiryDate; }
    DocumentContent content() { return content; }
    Long invoiceId() { return invoiceId; }
    String pdfKey() { return pdfKey; }
    Instant createdAt() { return createdAt; }
    long version() { return version; }
}
