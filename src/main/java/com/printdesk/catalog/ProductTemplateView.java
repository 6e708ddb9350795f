package com.printdesk.catalog;

import java.math.BigDecimal;

import com.printdesk.shared.Money;

/**
 * A product template as other modules see it. {@code unitPrice} is set only for {@link PricingMode#FIXED};
 * {@code materialId}, {@code defaultGrams} and {@code defaultHours} only for {@link PricingMode#BY_MATERIAL}.
 */
public record ProductTemplateView(long id, String name, String description, PricingMode mode, Money unitPrice,
        Long materialId, BigDecimal defaultGrams, BigDecimal defaultHours, SlicingDefaults slicing,
        boolean active) {
}
