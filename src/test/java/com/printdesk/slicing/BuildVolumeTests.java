package com.printdesk.slicing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A model fits a printer if it fits in any of its six axis-aligned orientations. */
class BuildVolumeTests {

    final BuildVolume prusa = new BuildVolume("Prusa", 250, 210, 220);

    @Test
    void aTallPartFitsLyingDown() {
        BoundingBox tall = new BoundingBox(0, 0, 0, 30, 30, 240);

        assertThat(prusa.fits(tall)).isTrue();
        assertThat(prusa.orientationFor(tall)).hasValueSatisfying(sides -> assertThat(sides).containsExactly(240, 30, 30));
    }

    @Test
    void aPlateNeedsTwoSidesWithinTheBed() {
        assertThat(prusa.fits(new BoundingBox(0, 0, 0, 219.9, 140.7, 16))).isTrue();
        assertThat(prusa.fits(new BoundingBox(0, 0, 0, 304.8, 304.4, 25.8))).isFalse();
        assertThat(prusa.fits(new BoundingBox(0, 0, 0, 215, 215, 215))).isFalse();
        assertThat(new BuildVolume("Generic", 256, 256, 256).fits(new BoundingBox(0, 0, 0, 215, 215, 215))).isTrue();
    }

    @Test
    void aLayoutWiderThanTheBedFitsWhenEachObjectDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) {
        ModelAnalysis pyramids = new ModelAnalyser().analyse(ModelCorpus.folder().resolve("pyramids_12_items.3mf"),
                "pyramids_12_items.3mf", out);

        assertThat(prusa.fits(pyramids.bounds())).as("as laid out in the file").isFalse();
        assertThat(pyramids.fitsOn(prusa)).as("arranged: every object fits").isTrue();
    }
}
