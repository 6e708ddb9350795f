package com.printdesk.slicing.prusa;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Places the objects of one file on one plate before PrusaSlicer sees them: footprints in rows
 * (deepest first), {@value #GAP_MM} mm apart, the whole group centred on the bed; an object too large
 * as drawn is turned to the first orientation that fits ({@link Turn#PREFERRED}). Objects that do not
 * fit together are refused here with their sizes, before any slicer runs; PrusaSlicer's own
 * "could not fit" check stays as the second guard.
 */
final class PlateLayout {

    /** About PrusaSlicer's own minimum distance between objects. */
    static final double GAP_MM = 6;

    private PlateLayout() {
    }

    /** Where each object goes: the offset to add to its coordinates. */
    record Placement(Path mesh, double scale, Turn turn, double dx, double dy, double dz) {
    }

    /** The objects cannot share the plate; the message says why in words a client understands. */
    static final class DoesNotFit extends Exception {

        DoesNotFit(String message) {
            super(message);
        }
    }

    static List<Placement> plan(List<Path> meshes, SlicerCommand.Bed bed) throws IOException, DoesNotFit {
        return plan(meshes, bed, 1);
    }

    /** Reads each mesh's bounding box, as scaled by the client's unit choice, and plans the plate. */
    static List<Placement> plan(List<Path> meshes, SlicerCommand.Bed bed, double scale)
            throws IOException, DoesNotFit {
        List<Placed> objects = new ArrayList<>();
        for (Path mesh : meshes) {
            objects.add(standing(mesh, BinaryStl.bounds(mesh, scale), bed));
        }
        return rows(objects, bed, scale);
    }

    /** Writes the placed copies into {@code dir}, in the order given. */
    static List<Path> write(List<Placement> placements, Path dir) throws IOException {
        List<Path> placed = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            Path target = dir.resolve("object-" + (i + 1) + ".stl");
            BinaryStl.transform(p.mesh(), target, p.scale(), p.turn(), (float) p.dx(), (float) p.dy(),
                    (float) p.dz());
            placed.add(target);
        }
        return placed;
    }

    /**
     * The object as drawn when it fits the bed, else the first turn that makes it fit (the geometry
     * check promised a fit in any of the six orientations); none fits → refused with its size.
     */
    private static Placed standing(Path mesh, BinaryStl.Bounds drawn, SlicerCommand.Bed bed) throws DoesNotFit {
        for (Turn turn : Turn.PREFERRED) {
            BinaryStl.Bounds b = turn.apply(drawn);
            if (b.sizeX() <= bed.x() && b.sizeY() <= bed.y() && b.sizeZ() <= bed.z()) {
                return new Placed(mesh, turn, b);
            }
        }
        throw new DoesNotFit("The model (" + mm(drawn.sizeX()) + " × " + mm(drawn.sizeY()) + " × "
                + mm(drawn.sizeZ()) + " mm) is larger than the printer's build volume (" + bed.x() + " × " + bed.y()
                + " × " + bed.z() + " mm) whichever way it stands.");
    }

    private static List<Placement> rows(List<Placed> objects, SlicerCommand.Bed bed, double scale)
            throws DoesNotFit {
        List<Placed> deepestFirst = objects.stream()
                .sorted(Comparator.comparingDouble((Placed o) -> o.bounds().sizeY()).reversed()).toList();
        List<double[]> origins = new ArrayList<>();
        double x = 0, y = 0, rowDepth = 0, width = 0;
        for (Placed object : deepestFirst) {
            BinaryStl.Bounds b = object.bounds();
            if (x > 0 && x + b.sizeX() > bed.x()) {
                y += rowDepth + GAP_MM;
                x = 0;
                rowDepth = 0;
            }
            origins.add(new double[] {x, y});
            width = Math.max(width, x + b.sizeX());
            x += b.sizeX() + GAP_MM;
            rowDepth = Math.max(rowDepth, b.sizeY());
        }
        double depth = y + rowDepth;
        if (depth > bed.y()) {
            throw new DoesNotFit("The " + objects.size() + " objects of this file do not fit together on the "
                    + bed.x() + " × " + bed.y() + " mm bed (laid out they need about " + mm(width) + " × " + mm(depth)
                    + " mm). Upload them as separate files or choose a larger printer.");
        }
        double left = (bed.x() - width) / 2, front = (bed.y() - depth) / 2;
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < deepestFirst.size(); i++) {
            BinaryStl.Bounds b = deepestFirst.get(i).bounds();
            placements.add(new Placement(deepestFirst.get(i).mesh(), scale, deepestFirst.get(i).turn(),
                    left + origins.get(i)[0] - b.minX(),
                    front + origins.get(i)[1] - b.minY(), -b.minZ()));
        }
        return placements;
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private record Placed(Path mesh, Turn turn, BinaryStl.Bounds bounds) {
    }
}
