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
 * Perimeters and line width are those of the shipped 0.4 mm profiles (2 perimeters, 0.45 mm lines).
 * The volumetric speed (averaged over a whole print, travel included) and the per-layer overhead are
 * fitted to PrusaSlicer's own estimates for the 19 accepted corpus models of at least 1 cm³ at 0.20 mm
 * and 20 % ({@code EstimateAccuracyBenchmark}, docs/benchmarks.md): filament is within 4 % for the
 * median model, 15 % at worst; time within 10 % for the median model, but off by half for a print of
 * many small islands. Supports are not estimated. Enough to price while no slicer can run, never
 * shown without the "estimate" mark.
 */
final class GeometricEstimate {

    static final int PERIMETERS = 2;
    static final double LINE_WIDTH_MM = 0.45;
    static final double VOLUMETRIC_MM3_PER_S = 2.5;
    static final double LAYER_OVERHEAD_S = 6.0;
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
