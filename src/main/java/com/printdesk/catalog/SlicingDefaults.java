package com.printdesk.catalog;

import java.math.BigDecimal;

/** The slicer settings a product template starts a quote line with. */
public record SlicingDefaults(BigDecimal layerHeight, int infillPercent, boolean supports) {

    /** 0.2 mm, 15 % infill, no supports: what the shipped printer profiles use. */
    public static final SlicingDefaults STANDARD = new SlicingDefaults(new BigDecimal("0.20"), 15, false);
}
