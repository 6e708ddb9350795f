package com.printdesk.slicing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a client chooses for one item. Material and quantity price the result but do not change the
 * G-code, so {@link #slicerKey()} leaves them out and a material change never slices again.
 *
 * @param layerHeight mm, 0.10–0.30, two decimals at most
 * @param infillPercent 0–100
 * @param overhangThreshold 0 lets the slicer decide, otherwise 1–89° from the vertical
 * @param scale every coordinate is multiplied by it before slicing: 25.4 for a model drawn in inches,
 *        1000 for metres (see {@link UnitSuggestion}); 1 otherwise
 */
public record SliceSettings(long materialId, BigDecimal layerHeight, int infillPercent, boolean supports,
        SupportStyle supportStyle, int overhangThreshold, int quantity, BigDecimal scale) {

    private static final BigDecimal MIN_LAYER = new BigDecimal("0.10");
    private static final BigDecimal MAX_LAYER = new BigDecimal("0.30");
    private static final BigDecimal MAX_SCALE = BigDecimal.valueOf(1000);

    public SliceSettings {
        Objects.requireNonNull(layerHeight, "layerHeight");
        Objects.requireNonNull(supportStyle, "supportStyle");
        if (layerHeight.compareTo(MIN_LAYER) < 0 || layerHeight.compareTo(MAX_LAYER) > 0
                || layerHeight.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Layer height must be 0.10–0.30 mm, got " + layerHeight);
        }
        if (infillPercent < 0 || infillPercent > 100) {
            throw new IllegalArgumentException("Infill must be 0–100 %, got " + infillPercent);
        }
        if (overhangThreshold < 0 || overhangThreshold > 89) {
            throw new IllegalArgumentException(
                    "Overhang threshold must be 0 (auto) or 1–89°, got " + overhangThreshold);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("Quantity must be at least 1, got " + quantity);
        }
        layerHeight = layerHeight.setScale(2);
        scale = scale == null ? BigDecimal.ONE : scale.stripTrailingZeros();
        if (scale.signum() <= 0 || scale.compareTo(MAX_SCALE) > 0) {
            throw new IllegalArgumentException("Scale must be a positive factor up to 1000, got " + scale);
        }
    }

    /** Settings for a model drawn in millimetres. */
    public SliceSettings(long materialId, BigDecimal layerHeight, int infillPercent, boolean supports,
            SupportStyle supportStyle, int overhangThreshold, int quantity) {
        this(materialId, layerHeight, infillPercent, supports, supportStyle, overhangThreshold, quantity,
                BigDecimal.ONE);
    }

    /** Not 1 when the client accepted a unit change (a model drawn in metres or inches). */
    public boolean scaled() {
        return scale.compareTo(BigDecimal.ONE) != 0;
    }

    /** The settings that reach the slicer, in a fixed textual form. */
    public String slicerKey() {
        return "layer=" + layerHeight.toPlainString() + ";infill=" + infillPercent + ";supports=" + supports
                + ";style=" + supportStyle.cliValue() + ";threshold=" + overhangThreshold
                // only when scaled, so results cached before scaling existed keep their key
                + (scaled() ? ";scale=" + scale.toPlainString() : "");
    }
}
