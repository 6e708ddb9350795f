package com.printdesk.slicing.prusa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.printdesk.slicing.MeshFacts;
import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.SupportStyle;

class GeometricEstimateTests {

    static final MeshFacts CUBE_20 = new MeshFacts(8000, 2400, 20, 20, 20);

    @Test
    void aTwentyMillimetreCubeAtFifteenPercentIsShellPlusAShareOfTheInside() {
        GcodeMetadata.Figures figures = GeometricEstimate.of(CUBE_20, settings(15));

        // shell 2400 × 2 × 0.45 = 2160 mm³, inside (8000 − 2160) × 15 % = 876 mm³
        assertThat(figures.filamentCm3()).isEqualByComparingTo("3.036");
        // 3036 mm³ / 2.5 mm³/s + 100 layers × 6 s; PrusaSlicer says 31m 17s for this cube with the MK3S profile
        assertThat(figures.printTime().toSeconds()).isEqualTo(1814);
        // 3036 mm³ over a 1.75 mm filament's cross-section
        assertThat(figures.filamentMm().doubleValue()).isCloseTo(1262.2, within(0.1));
    }

    @Test
    void moreInfillMeansMoreFilamentAndAThinPartIsAllShell() {
        assertThat(GeometricEstimate.of(CUBE_20, settings(100)).filamentCm3()).isEqualByComparingTo("8.000");
        MeshFacts sheet = new MeshFacts(100, 220, 10, 10, 1);
        assertThat(GeometricEstimate.of(sheet, settings(0)).filamentCm3()).isEqualByComparingTo("0.100");
    }

    @Test
    void aModelDrawnInCentimetresAtScaleTenIsEstimatedAtItsPrintedSize() {
        MeshFacts cube2cm = new MeshFacts(8, 24, 2, 2, 2);
        SliceSettings scaled = new SliceSettings(1, new BigDecimal("0.20"), 15, false, SupportStyle.GRID, 0, 1,
                BigDecimal.TEN);

        assertThat(GeometricEstimate.of(cube2cm, scaled)).isEqualTo(GeometricEstimate.of(CUBE_20, settings(15)));
    }

    @Test
    void theScaleIsPartOfTheCacheKeyOnlyWhenItScales() {
        assertThat(settings(15).slicerKey()).doesNotContain("scale");
        SliceSettings inches = new SliceSettings(1, new BigDecimal("0.20"), 15, false, SupportStyle.GRID, 0, 1,
                new BigDecimal("25.40"));
        assertThat(inches.slicerKey()).endsWith(";scale=25.4");
    }

    /**
     * Flat and large parts, where one 20 mm cube's speed (2 mm³/s, 2 s a layer) was 30–56 % slow: facts
     * of corpus models and PrusaSlicer 2.5.0's time with the MK3S profile at 0.20 mm and 20 %, measured by
     * {@code EstimateAccuracyBenchmark}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "number_formats.3mf (80 × 80 × 5 mm plate), 32000.0, 14400.0, 80, 80, 5.0, 5391",
            "moon_prusaslicer_project.3mf, 37777.5, 12284.4, 113.353, 76.2, 8.89, 6271",
            "counter_oversize.stl, 888809.0, 169951.4, 304.8, 304.409, 25.838, 106817",
            "xyz_calibration_cube.stl, 7938.7, 2499.0, 20, 20, 20, 1908"})
    void printTimeIsWithinAThirdOfPrusaSlicersForFlatAndLargeParts(String model, double volume, double area,
            double x, double y, double z, long prusaSlicerSeconds) {
        long seconds = GeometricEstimate.of(new MeshFacts(volume, area, x, y, z), settings(20)).printTime()
                .toSeconds();

        assertThat(seconds).isCloseTo(prusaSlicerSeconds, withinPercentage(30));
    }

    private static SliceSettings settings(int infill) {
        return new SliceSettings(1, new BigDecimal("0.20"), infill, false, SupportStyle.GRID, 0, 1);
    }
}
