package com.printdesk.ordering;

import java.math.BigDecimal;

import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.SupportStyle;

/**
 * One item as the client configured it on the "Order a print" page: which upload, in which material,
 * with which slicer settings, how many, and the unit change the client accepted (1 when none).
 */
record ItemChoice(long fileId, long materialId, BigDecimal layerHeight, int infillPercent, boolean supports,
        SupportStyle supportStyle, int overhangThreshold, int quantity, BigDecimal scale) {

    ItemChoice {
        scale = scale == null ? BigDecimal.ONE : scale;
        supportStyle = supportStyle == null ? SupportStyle.GRID : supportStyle;
    }

    /** @throws IllegalArgumentException with a message for the client when a setting is out of range */
    SliceSettings sliceSettings() {
        return new SliceSettings(materialId, layerHeight, infillPercent, supports, supportStyle, overhangThreshold,
                quantity, scale);
    }
}
