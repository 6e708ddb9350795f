package com.printdesk.ordering;

import java.math.BigDecimal;

import com.printdesk.shared.Money;
import com.printdesk.slicing.SliceState;

/** TEMPORARY stub of the lead's contract type; removed before main is merged. */
record QuotedItem(ItemChoice choice, String fileName, String fileSha256, long sliceId, SliceState state,
        boolean estimate, String failureReason, Long printerId, String printerName,
        BigDecimal gramsPerUnit, BigDecimal hoursPerUnit, Money unitPrice, Money lineTotal) {
}
