package com.printdesk.slicing.prusa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import com.printdesk.slicing.MeshFacts;
import com.printdesk.slicing.SliceSettings;

/**
 * Print time and filament without a slicer, from the model's volume and surface area:
 * <pre>
 * shell    = min(volume, surface area × perimeters × line width)
 * extruded = shell + infill % × (volume − shell)
 * time     = extruded / volumetric speed + layers × layer overhead      (layers = height / layer height)
 * </pre>
 * Perimeters, line width and the effective speed are those of the shipped 0.4 mm profiles (2
 * perimeters, 0.45 mm lines; 2 mm³/s averaged over a whole print including travel, which is what
 * PrusaSlicer estimates for a 20 mm cube at 15 %). Supports are not estimated. Good to tens of
 * percent: enough to price while no slicer can run, never shown without the "estimate" mark.
 */
final class GeometricEstimate {

    static final int PERIMETERS = 2;
    static final double LINE_WIDTH_MM = 0.45;
    static final double VOLUMETRIC_MM3_PER_S = 2.0;
    static final double LAYER_OVERHEAD_S = 2.0;
    static final double FILAMENT_DIAMETER_MM = 1.75;

    private GeometricEstimate() {
    }

    static GcodeMetadata.Figures of(MeshFacts unscaled, SliceSettings settings) {
        MeshFacts facts = settings.scaled() ? unscaled.scaled(settings.scale().doubleValue()) : unscaled;
        double shell = Math.min(facts.volumeMm3(), facts.surfaceAreaMm2() * PERIMETERS * LINE_WIDTH_MM);
        double extruded = shell + settings.infillPercent() / 100.0 * (facts.volumeMm3() - shell);
        double layers = Math.ceil(facts.sizeZMm() / settings.layerHeight().doubleValue());
        long seconds = Math.round(extruded / VOLUMETRIC_MM3_PER_S + layers * LAYER_OVERHEAD_S);
        double filamentArea = Math.PI * Math.pow(FILAMENT_DIAMETER_MM / 2, 2);
        return new GcodeMetadata.Figures(Duration.ofSeconds(seconds),
                BigDecimal.valueOf(extruded / filamentArea).setScale(2, RoundingMode.HALF_UP),
                BigDecimal.valueOf(extruded / 1000).setScale(3, RoundingMode.HALF_UP));
    }
}
