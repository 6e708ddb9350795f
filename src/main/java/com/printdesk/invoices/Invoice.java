package com.printdesk.invoices;

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
import com.printdesk.shared.DocumentLine;
import com.printdesk.shared.Money;

/**
 * A tax invoice. Guards its life: a draft can be edited or deleted and has no number; issuing
 * assigns the number and freezes it; an issued invoice is only ever voided, written off or (later)
 * paid.
 */
@Entity
@Table(name = "invoices")
class Invoice {

    /** ATO: a tax invoice of $1,000 or more (GST inclusive) must identify the buyer. */
    static final Money BUYER_IDENTITY_THRESHOLD = Money.ofCents(100_000);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;

    @Embedded
    private DocumentContent content;

    @ElementCollection
    @CollectionTable(name = "invoice_items", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<DocumentLine> items = new ArrayList<>();

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "amount_paid_cents", nullable = false)
    private long amountPaidCents;

    @Column(name = "amount_adjusted_cents", nullable = false)
    private long amountAdjustedCents;

    @Column(name = "amount_refunded_cents", nullable = false)
    private long amountRefundedCents;

    @Column(name = "quote_id")
    private Long quoteId;

    @Column(name = "replaces_invoice_id")
    private Long replacesInvoiceId;

    /** The shop checkout attempt this invoice was made for (at most one invoice each). */
    @Column(name = "shop_attempt_id")
    private Long shopAttemptId;

    /** "Pickup" or the shipping address of a shop order; null for invoices made by hand. */
    private String delivery;

    @Column(name = "void_reason")
    private String voidReason;

    @Column(name = "written_off_reason")
    private String writtenOffReason;

    @Column(name = "pdf_key")
    private String pdfKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Version
    private long version;

    protected Invoice() {
    }

    Invoice(InvoiceDraft draft, boolean gstRegistered, Long quoteId, Instant now) {
        this.clientId = draft.clientId();
        this.status = InvoiceStatus.DRAFT;
        this.quoteId = quoteId;
        this.createdAt = now;
        this.content = new DocumentContent();
        change(draft, gstRegistered);
    }

    void change(InvoiceDraft draft, boolean gstRegistered) {
        requireDraft("edited");
        if (draft.clientId() != clientId) {
            throw new BusinessRuleViolation("An invoice cannot move to another client; create a new one instead");
        }
        content.change(draft.details(), gstRegistered);
        items.clear();
        draft.details().items().forEach(item -> items.add(new DocumentLine(item)));
    }

    /** Assigns the number and dates and freezes the invoice. */
    void issue(String number, LocalDate today, int paymentTermsDays, boolean gstRegistered, Instant now) {
        requireDraft("issued");
        if (items.isEmpty()) {
            throw new BusinessRuleViolation("Add at least one line before issuing the invoice");
        }
        content.recalculate(lineItems(), gstRegistered);
        if (content.total().compareTo(BUYER_IDENTITY_THRESHOLD) >= 0 && !content.identifiesBuyer()) {
            throw new BusinessRuleViolation("An invoice of $1,000 or more must show the buyer's name or ABN. "
                    + "Add it under \"Bill to\" and issue again.");
        }
        this.number = number;
        this.issueDate = today;
        this.dueDate = today.plusDays(paymentTermsDays);
        this.status = InvoiceStatus.ISSUED;
        this.issuedAt = now;
    }

    void voidWith(String reason) {
        if (status == InvoiceStatus.DRAFT) {
            throw new BusinessRuleViolation("A draft is deleted, not voided");
        }
        if (status == InvoiceStatus.VOID) {
            throw new BusinessRuleViolation("This invoice is already void");
        }
        if (amountPaidCents > 0) {
            throw new BusinessRuleViolation("Payments were recorded on this invoice: refund them before voiding it");
        }
        this.voidReason = requireReason(reason, "voiding");
        this.status = InvoiceStatus.VOID;
    }

    void writeOff(String reason) {
        if (!status.isOpen()) {
            throw new BusinessRuleViolation("Only an issued, unpaid balance can be written off");
        }
        this.writtenOffReason = requireReason(reason, "writing off");
        this.status = InvoiceStatus.WRITTEN_OFF;
    }

    /** Money received for this invoice. Returns true when this payment settled it. */
    boolean applyPayment(Money amount) {
        boolean wasPaid = status == InvoiceStatus.PAID;
        amountPaidCents = Math.addExact(amountPaidCents, amount.cents());
        settle();
        return !wasPaid && status == InvoiceStatus.PAID;
    }

    /** A payment taken off again (deleted as entered by mistake). */
    void removePayment(Money amount) {
        amountPaidCents = Math.subtractExact(amountPaidCents, amount.cents());
        settle();
    }

    /** Money given back with an adjustment note of the same amount: the invoice now charges less. */
    void applyRefund(Money amount) {
        amountAdjustedCents = Math.addExact(amountAdjustedCents, amount.cents());
        amountRefundedCents = Math.addExact(amountRefundedCents, amount.cents());
        settle();
    }

    /** Checked before a manual payment: a payment never exceeds what is still owed. */
    void requireAcceptsPayment(Money amount) {
        if (!status.isOpen()) {
            throw new BusinessRuleViolation("Only an issued invoice with a balance can take a payment; this one is "
                    + status.name().toLowerCase().replace('_', ' '));
        }
        if (amount.compareTo(balance()) > 0) {
            throw new BusinessRuleViolation("That is more than the balance of " + balance()
                    + ". Record at most the balance; an overpayment is refunded, not recorded.");
        }
    }

    /** The status money decides: PAID when the net charge is received, REFUNDED when notes cancel all that was paid. */
    private void settle() {
        if (!(status.isOpen() || status == InvoiceStatus.PAID || status == InvoiceStatus.REFUNDED)) {
            return;
        }
        long net = content.total().cents() - amountAdjustedCents;
        long received = amountPaidCents - amountRefundedCents;
        if (amountPaidCents > 0 && amountAdjustedCents >= amountPaidCents) {
            status = InvoiceStatus.REFUNDED;
        }
        else {
            status = received >= net ? InvoiceStatus.PAID
                    : received > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
        }
    }

    /** A new draft with the same content, for "void and reissue". */
    InvoiceDraft copy() {
        return new InvoiceDraft(clientId, content.details(lineItems()));
    }

    /** Marks this draft as the invoice of a paid shop order, delivered as described. */
    void forShopOrder(long attemptId, String deliverySummary) {
        requireDraft("changed into a shop order");
        this.shopAttemptId = attemptId;
        this.delivery = deliverySummary;
    }

    void replaces(long invoiceId) {
        this.replacesInvoiceId = invoiceId;
    }

    boolean isDraft() {
        return status == InvoiceStatus.DRAFT;
    }

    boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    /** What is still owed; negative when more was received (a credit to refund). Zero once void or written off. */
    Money balance() {
        return status.isOpen() || status == InvoiceStatus.PAID
                ? Money.ofCents(content.total().cents() - amountAdjustedCents - amountPaidCents + amountRefundedCents)
                : Money.ZERO;
    }

    Money adjusted() {
        return Money.ofCents(amountAdjustedCents);
    }

    Money refunded() {
        return Money.ofCents(amountRefundedCents);
    }

    List<com.printdesk.shared.LineItem> lineItems() {
        return items.stream().map(DocumentLine::item).toList();
    }

    void usePdf(String key) {
        this.pdfKey = key;
    }

    private void requireDraft(String what) {
        if (status != InvoiceStatus.DRAFT) {
            throw new BusinessRuleViolation("Issued invoices cannot be " + what
                    + ". Void and reissue it, or add an adjustment note.");
        }
    }

    private static String requireReason(String reason, String doing) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("Give a reason for " + doing + " the invoice");
        }
        return reason.strip();
    }

    Long id() { return id; }
    long clientId() { return clientId; }
    String number() { return number; }
    InvoiceStatus status() { return status; }
    DocumentContent content() { return content; }
    List<DocumentLine> items() { return items; }
    LocalDate issueDate() { return issueDate; }
    LocalDate dueDate() { return dueDate; }
    Money amountPaid() { return Money.ofCents(amountPaidCents); }
    Long quoteId() { return quoteId; }
    Long replacesInvoiceId() { return replacesInvoiceId; }
    Long shopAttemptId() { return shopAttemptId; }
    String delivery() { return delivery; }
    String voidReason() { return voidReason; }
    String writtenOffReason() { return writtenOffReason; }
    String pdfKey() { return pdfKey; }
    Instant createdAt() { return createdAt; }
    long version() { return version; }
}
