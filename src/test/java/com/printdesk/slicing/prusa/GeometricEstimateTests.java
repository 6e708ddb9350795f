package com.printdesk.slicing.prusa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

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
        // 3036 mm³ / 2 mm³/s + 100 layers × 2 s; PrusaSlicer says 31m 17s for this cube with the MK3S profile
        assertThat(figures.printTime().toSeconds()).isEqualTo(1718);
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

    private static SliceSettings settings(int infill) {
        return new SliceSettings(1, new BigDecimal("0.20"), infill, false, SupportStyle.GRID, 0, 1);
    }
}
