package com.printdesk.ordering;

import java.math.BigDecimal;

import com.printdesk.shared.Money;
import com.printdesk.slicing.SliceState;

/**
 * One priced item. Figures are per unit and null until the slice has COMPLETED; {@code sliceId} is 0
 * and {@code state} FAILED when no slice could be requested (the model fits no printer).
 */
record QuotedItem(ItemChoice choice, String fileName, String fileSha256, long sliceId, SliceState state,
        boolean estimate, String failureReason, Long printerId, String printerName, BigDecimal gramsPerUnit,
        BigDecimal hoursPerUnit, Money unitPrice, Money lineTotal) {

    boolean priced() {
        return unitPrice != null;
    }
}
