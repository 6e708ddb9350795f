package com.printdesk.shared;

import java.math.BigDecimal;

/**
 * Prices a line from the catalog: a product template, or a material with grams and print hours.
 * Implemented by the catalog; the editor asks it when a line names either and gives no price.
 */
public interface LinePricing {

    /**
     * @throws IllegalArgumentException with a message for the user when the template or material is unknown
     *         or the grams/hours are missing
     */
    Priced price(Long templateId, Long materialId, BigDecimal grams, BigDecimal hours);

    /** The unit price and what the line was priced from. */
    record Priced(String description, Money unitPrice, Long templateId, Long materialId, BigDecimal grams,
            BigDecimal hours) {
    }
}
