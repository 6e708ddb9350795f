package com.printdesk.ordering;

import java.math.BigDecimal;

import com.printdesk.slicing.SupportStyle;

/** TEMPORARY stub of the lead's contract type; removed before main is merged. */
record ItemChoice(long fileId, long materialId, BigDecimal layerHeight, int infillPercent, boolean supports,
        SupportStyle supportStyle, int overhangThreshold, int quantity, BigDecimal scale) {
}
