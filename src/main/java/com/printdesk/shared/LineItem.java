package com.printdesk.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quote or invoice line as a value: the form, the services and the PDFs speak this.
 *
 * @param productTemplateId the catalog template it was priced from, if any
 * @param materialId the material a material-priced line is made of, if any
 * @param grams material used per unit, for material-priced lines
 * @param printHours machine time per unit, for material-priced lines
 */
public record LineItem(String description, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
        boolean gstFree, Long productTemplateId, Long materialId, BigDecimal grams, BigDecimal printHours) {

    public LineItem {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitPrice, "unitPrice");
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        if (description.isBlank()) {
            throw new IllegalArgumentException("Each line needs a description");
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("A unit price cannot be negative");
        }
    }

    public static LineItem simple(String description, BigDecimal quantity, Money unitPrice) {
        return new LineItem(description, quantity, unitPrice, BigDecimal.ZERO, false, null, null, null, null);
    }

    public GstCalculation.Line taxLine() {
        return new GstCalculation.Line(unitPrice, quantity, discountPercent, gstFree);
    }

    /** Printable lines become print jobs: made of a material (a model file arrives with the shop). */
    public boolean printable() {
        return materialId != null;
    }
}
