package com.printdesk.shared;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of a quote or invoice as stored: what, how many, at what unit price (as entered,
 * exclusive or inclusive of GST), its own discount, whether it is GST-free, and its total after
 * that discount. Where it came from (template, material) is kept for reporting and print jobs.
 */
@Embeddable
public class DocumentLine {

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(name = "unit_price_cents", nullable = false)
    private long unitPriceCents;

    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent;

    @Column(name = "gst_free", nullable = false)
    private boolean gstFree;

    @Column(name = "line_total_cents", nullable = false)
    private long lineTotalCents;

    @Column(name = "product_template_id")
    private Long productTemplateId;

    @Column(name = "material_id")
    private Long materialId;

    @Column(name = "grams")
    private BigDecimal grams;

    @Column(name = "print_hours")
    private BigDecimal printHours;

    protected DocumentLine() {
    }

    public DocumentLine(LineItem item) {
        this.description = item.description().strip();
        this.quantity = item.quantity();
        this.unitPriceCents = item.unitPrice().cents();
        this.discountPercent = item.discountPercent();
        this.gstFree = item.gstFree();
        this.lineTotalCents = item.taxLine().amount().cents();
        this.productTemplateId = item.productTemplateId();
        this.materialId = item.materialId();
        this.grams = item.grams();
        this.printHours = item.printHours();
    }

    public LineItem item() {
        return new LineItem(description, quantity, Money.ofCents(unitPriceCents), discountPercent, gstFree,
                productTemplateId, materialId, grams, printHours);
    }

    public Money lineTotal() {
        return Money.ofCents(lineTotalCents);
    }
}
