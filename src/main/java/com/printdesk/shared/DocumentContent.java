package com.printdesk.shared;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * {@link DocumentDetails} as stored on a quote or invoice row, with the totals computed when the
 * details were last set (so lists and reports read numbers instead of recomputing them).
 */
@Embeddable
public class DocumentContent {

    @Enumerated(EnumType.STRING)
    @Column(name = "price_entry", nullable = false)
    private GstCalculation.PriceEntry priceEntry;

    @Column(name = "bill_to_name", nullable = false)
    private String billToName;

    @Column(name = "bill_to_company")
    private String billToCompany;

    @Column(name = "bill_to_abn")
    private String billToAbn;

    @Column(name = "bill_to_email")
    private String billToEmail;

    @Column(name = "bill_to_address")
    private String billToAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "discount_kind", nullable = false)
    private GstCalculation.Discount.Kind discountKind;

    @Column(name = "discount_value", nullable = false)
    private BigDecimal discountValue;

    @Column(name = "shipping_description")
    private String shippingDescription;

    @Column(name = "shipping_cents", nullable = false)
    private long shippingCents;

    private String notes;

    private String terms;

    @Column(name = "gst_registered", nullable = false)
    private boolean gstRegistered;

    @Column(name = "subtotal_cents", nullable = false)
    private long subtotalCents;

    @Column(name = "gst_cents", nullable = false)
    private long gstCents;

    @Column(name = "total_cents", nullable = false)
    private long totalCents;

    public DocumentContent() {
    }

    public void change(DocumentDetails details, boolean gstRegistered) {
        this.priceEntry = details.priceEntry();
        DocumentDetails.BillTo billTo = details.billTo();
        this.billToName = billTo.name() == null ? "" : billTo.name().strip();
        this.billToCompany = blankToNull(billTo.company());
        this.billToAbn = billTo.abn() == null || billTo.abn().isBlank() ? null : billTo.abn().replace(" ", "");
        this.billToEmail = blankToNull(billTo.email());
        this.billToAddress = blankToNull(billTo.address());
        this.discountKind = details.discount().kind();
        this.discountValue = details.discount().value();
        this.shippingDescription = blankToNull(details.shippingDescription());
        this.shippingCents = details.shipping().cents();
        this.notes = blankToNull(details.notes());
        this.terms = blankToNull(details.terms());
        recalculate(details.items(), gstRegistered);
    }

    public void recalculate(List<LineItem> items, boolean gstRegistered) {
        this.gstRegistered = gstRegistered;
        GstCalculation.Totals totals = details(items).totals(gstRegistered);
        this.subtotalCents = totals.subtotal().cents();
        this.gstCents = totals.gst().cents();
        this.totalCents = totals.total().cents();
    }

    public DocumentDetails details(List<LineItem> items) {
        return new DocumentDetails(priceEntry, billTo(), items, new GstCalculation.Discount(discountKind, discountValue),
                shippingDescription, Money.ofCents(shippingCents), notes, terms);
    }

    public DocumentDetails.BillTo billTo() {
        return new DocumentDetails.BillTo(billToName, billToCompany, billToAbn, billToEmail, billToAddress);
    }

    public boolean identifiesBuyer() {
        return billTo().identifiesBuyer();
    }

    public boolean gstRegistered() {
        return gstRegistered;
    }

    public Money subtotal() {
        return Money.ofCents(subtotalCents);
    }

    public Money gst() {
        return Money.ofCents(gstCents);
    }

    public Money total() {
        return Money.ofCents(totalCents);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
