package com.printdesk.slicing.prusa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlateLayoutTests {

    static final SlicerCommand.Bed MK3S = new SlicerCommand.Bed(250, 210, 220);

    @TempDir
    Path dir;

    @Test
    void objectsAtTheSameSpotAreSpreadOverThePlateWithoutOverlapping() throws Exception {
        // as an exporter often writes them: every object at the origin
        List<Path> meshes = List.of(TestMeshes.box(dir, "a.stl", 40, 30, 10, -5, -5),
                TestMeshes.box(dir, "b.stl", 60, 50, 20, -5, -5), TestMeshes.box(dir, "c.stl", 20, 20, 5, -5, -5));

        List<Path> placed = PlateLayout.write(PlateLayout.plan(meshes, MK3S), dir);

        List<BinaryStl.Bounds> bounds = new ArrayList<>();
        for (Path mesh : placed) {
            bounds.add(BinaryStl.bounds(mesh, 1));
        }
        for (BinaryStl.Bounds b : bounds) {
            assertThat(b.minX()).isGreaterThanOrEqualTo(0);
            assertThat(b.minY()).isGreaterThanOrEqualTo(0);
            assertThat(b.maxX()).isLessThanOrEqualTo(250);
            assertThat(b.maxY()).isLessThanOrEqualTo(210);
            assertThat(b.minZ()).isEqualTo(0);
        }
        for (int i = 0; i < bounds.size(); i++) {
            for (int j = i + 1; j < bounds.size(); j++) {
                assertThat(overlap(bounds.get(i), bounds.get(j))).as("objects %d and %d overlap", i, j).isFalse();
            }
        }
    }

    @Test
    void aModelDrawnInInchesIsScaledBeforeItIsPlaced() throws Exception {
        List<Path> meshes = List.of(TestMeshes.box(dir, "inch.stl", 2, 1, 0.5f, 0, 0));

        List<Path> placed = PlateLayout.write(PlateLayout.plan(meshes, MK3S, 25.4), dir);

        BinaryStl.Bounds b = BinaryStl.bounds(placed.get(0), 1);
        assertThat(b.sizeX()).isCloseTo(50.8, org.assertj.core.data.Offset.offset(0.001));
        assertThat(b.sizeY()).isCloseTo(25.4, org.assertj.core.data.Offset.offset(0.001));
        assertThat(b.sizeZ()).isCloseTo(12.7, org.assertj.core.data.Offset.offset(0.001));
        assertThat(b.minZ()).isEqualTo(0);
    }

    @Test
    void aScaledModelThatNoLongerFitsIsRefusedWithItsScaledSize() throws Exception {
        List<Path> meshes = List.of(TestMeshes.box(dir, "metres.stl", 0.3f, 0.1f, 0.1f, 0, 0));

        assertThatThrownBy(() -> PlateLayout.plan(meshes, MK3S, 1000)).isInstanceOf(PlateLayout.DoesNotFit.class)
                .hasMessageStartingWith("The model (300.0 × 100.0 × 100.0 mm) is larger");
    }

    @Test
    void objectsThatCannotShareThePlateAreRefusedWithTheSpaceTheyNeed() throws Exception {
        List<Path> meshes = List.of(TestMeshes.box(dir, "a.stl", 120, 120, 10, 0, 0),
                TestMeshes.box(dir, "b.stl", 120, 120, 10, 0, 0), TestMeshes.box(dir, "c.stl", 120, 120, 10, 0, 0));

        assertThatThrownBy(() -> PlateLayout.plan(meshes, MK3S)).isInstanceOf(PlateLayout.DoesNotFit.class)
                .hasMessage("The 3 objects of this file do not fit together on the 250 × 210 mm bed (laid out they "
                        + "need about 246.0 × 246.0 mm). Upload them as separate files or choose a larger printer.");
    }

    @Test
    void anObjectLargerThanTheBuildVolumeIsRefusedWithItsSize() throws Exception {
        List<Path> meshes = List.of(TestMeshes.box(dir, "tall.stl", 20, 20, 240, 0, 0));

        assertThatThrownBy(() -> PlateLayout.plan(meshes, MK3S)).isInstanceOf(PlateLayout.DoesNotFit.class)
                .hasMessage("The model (20.0 × 20.0 × 240.0 mm) is larger than the printer's build volume "
                        + "(250 × 210 × 220 mm).");
    }

    private static boolean overlap(BinaryStl.Bounds a, BinaryStl.Bounds b) {
        return a.minX() < b.maxX() && b.minX() < a.maxX() && a.minY() < b.maxY() && b.minY() < a.maxY();
    }
}
