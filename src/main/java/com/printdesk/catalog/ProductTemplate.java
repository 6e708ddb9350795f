package com.printdesk.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.printdesk.shared.Money;

/**
 * Something the bureau sells often, to start a quote line from: either at a fixed unit price, or priced
 * by material from default grams and print hours. Only the fields of its pricing mode are kept.
 */
@Entity
@Table(name = "product_templates")
class ProductTemplate extends CatalogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "pricing_mode", nullable = false)
    private PricingMode mode;

    @Column(name = "unit_price_cents")
    private Long unitPriceCents;

    @Column(name = "material_id")
    private Long materialId;

    @Column(name = "default_grams")
    private BigDecimal defaultGrams;

    @Column(name = "default_print_hours")
    private BigDecimal defaultHours;

    @Column(name = "layer_height_mm", nullable = false)
    private BigDecimal layerHeight;

    @Column(name = "infill_percent", nullable = false)
    private int infillPercent;

    @Column(nullable = false)
    private boolean supports;

    @Version
    private long version;

    protected ProductTemplate() {
    }

    ProductTemplate(ProductTemplateForm form, Instant now) {
        super(now);
        change(form, now);
    }

    void change(ProductTemplateForm form, Instant now) {
        this.name = form.name().strip();
        this.description = blankToNull(form.description());
        this.mode = form.mode();
        boolean fixed = mode == PricingMode.FIXED;
        this.unitPriceCents = fixed ? Money.of(form.unitPrice()).cents() : null;
        this.materialId = fixed ? null : form.materialId();
        this.defaultGrams = fixed ? null : form.defaultGrams();
        this.defaultHours = fixed ? null : form.defaultHours();
        this.layerHeight = form.layerHeight();
        this.infillPercent = form.infillPercent();
        this.supports = form.supports();
        touched(now);
    }

    ProductTemplateView view() {
        return new ProductTemplateView(id, name, description, mode, unitPrice(), materialId, defaultGrams,
                defaultHours, new SlicingDefaults(layerHeight, infillPercent, supports), isActive());
    }

    ProductTemplateForm form() {
        Money price = unitPrice();
        return new ProductTemplateForm(name, description, mode, price == null ? null : price.dollars(), materialId,
                defaultGrams, defaultHours, layerHeight, infillPercent, supports, version);
    }

    Long id() {
        return id;
    }

    Long materialId() {
        return materialId;
    }

    long version() {
        return version;
    }

    private Money unitPrice() {
        return unitPriceCents == null ? null : Money.ofCents(unitPriceCents);
    }
}
