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
    void anObjectLargerThanTheBuildVolumeWhicheverWayItStandsIsRefusedWithItsSize() throws Exception {
        List<Path> meshes = List.of(TestMeshes.box(dir, "tall.stl", 20, 20, 300, 0, 0));

        assertThatThrownBy(() -> PlateLayout.plan(meshes, MK3S)).isInstanceOf(PlateLayout.DoesNotFit.class)
                .hasMessage("The model (20.0 × 20.0 × 300.0 mm) is larger than the printer's build volume "
                        + "(250 × 210 × 220 mm) whichever way it stands.");
    }

    @Test
    void anObjectTooDeepForTheBedIsTurnedAQuarterAndStaysUpright() throws Exception {
        List<Path> meshes = List.of(TestMeshes.box(dir, "deep.stl", 100, 230, 20, 0, 0));

        Path placed = PlateLayout.write(PlateLayout.plan(meshes, MK3S), dir).get(0);

        assertTurnedInto(placed, 230, 100, 20);
    }

    @Test
    void anObjectTooTallIsLaidDownOnlyWhenStandingItUpDoesNotFit() throws Exception {
        List<Path> meshes = List.of(TestMeshes.box(dir, "tall.stl", 20, 30, 240, 0, 0));

        Path placed = PlateLayout.write(PlateLayout.plan(meshes, MK3S), dir).get(0);

        BinaryStl.Bounds b = BinaryStl.bounds(placed, 1);
        assertThat(b.sizeZ()).isLessThanOrEqualTo(220);
        assertThat(Math.max(b.sizeX(), b.sizeY())).isCloseTo(240, org.assertj.core.data.Offset.offset(0.001));
        assertThat(signedVolume(placed)).as("still a solid, not a mirror image")
                .isCloseTo(20 * 30 * 240, org.assertj.core.data.Offset.offset(1.0));
    }

    private static void assertTurnedInto(Path placed, double x, double y, double z) throws Exception {
        BinaryStl.Bounds b = BinaryStl.bounds(placed, 1);
        org.assertj.core.data.Offset<Double> mm = org.assertj.core.data.Offset.offset(0.001);
        assertThat(b.sizeX()).isCloseTo(x, mm);
        assertThat(b.sizeY()).isCloseTo(y, mm);
        assertThat(b.sizeZ()).isCloseTo(z, mm);
        assertThat(b.minX()).isGreaterThanOrEqualTo(0);
        assertThat(b.minY()).isGreaterThanOrEqualTo(0);
        assertThat(b.minZ()).isEqualTo(0);
        assertThat(signedVolume(placed)).as("still a solid, not a mirror image")
                .isCloseTo(x * y * z, org.assertj.core.data.Offset.offset(1.0));
    }

    /** Positive for outward-facing triangles: a mirrored copy would come out negative. */
    private static double signedVolume(Path stl) throws Exception {
        java.nio.ByteBuffer all = java.nio.ByteBuffer.wrap(java.nio.file.Files.readAllBytes(stl))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int count = all.getInt(80);
        double volume = 0;
        for (int t = 0; t < count; t++) {
            int at = 84 + 50 * t + 12;
            double[] v = new double[9];
            for (int i = 0; i < 9; i++) {
                v[i] = all.getFloat(at + 4 * i);
            }
            volume += (v[0] * (v[4] * v[8] - v[5] * v[7]) - v[1] * (v[3] * v[8] - v[5] * v[6])
                    + v[2] * (v[3] * v[7] - v[4] * v[6])) / 6.0;
        }
        return volume;
    }

    private static boolean overlap(BinaryStl.Bounds a, BinaryStl.Bounds b) {
        return a.minX() < b.maxX() && b.minX() < a.maxX() && a.minY() < b.maxY() && b.minY() < a.maxY();
    }
}
