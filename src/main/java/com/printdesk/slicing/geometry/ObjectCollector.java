package com.printdesk.slicing.geometry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.printdesk.slicing.ModelObject;

/**
 * Receives the triangles of each object from a reader, scales them, measures them and writes them
 * to {@code object-N.stl} in the output directory. Refuses objects that give the slicer nothing to
 * print.
 */
final class ObjectCollector implements MeshSink {

    private final Path outputDir;
    private final double scale;
    private final List<ModelObject> objects = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();
    private String name;
    private MeshStats stats;
    private NormalisedStlWriter writer;
    private Path file;
    private long triangles;

    ObjectCollector(Path outputDir, double scale) {
        this.outputDir = outputDir;
        this.scale = scale;
    }

    @Override
    public void beginObject(String objectName) {
        name = objectName;
        stats = new MeshStats();
        file = outputDir.resolve("object-" + (objects.size() + 1) + ".stl");
        written.add(file);
        writer = new NormalisedStlWriter(file);
    }

    @Override
    public void triangle(double ax, double ay, double az, double bx, double by, double bz, double cx, double cy,
            double cz) {
        if (++triangles > MeshBudget.MAX_TRIANGLES) {
            MeshBudget.checkEmitted(triangles);
        }
        float fax = coordinate(ax), fay = coordinate(ay), faz = coordinate(az);
        float fbx = coordinate(bx), fby = coordinate(by), fbz = coordinate(bz);
        float fcx = coordinate(cx), fcy = coordinate(cy), fcz = coordinate(cz);
        writer.triangle(fax, fay, faz, fbx, fby, fbz, fcx, fcy, fcz);
        stats.add(fax, fay, faz, fbx, fby, fbz, fcx, fcy, fcz);
    }

    @Override
    public void endObject() {
        writer.close();
        writer = null;
        if (stats.triangles() == 0) {
            throw new Rejection("object '" + name + "' has no triangles (nothing a printer can build from it)");
        }
        ModelObject object = stats.toObject(name, file);
        if (object.openEdges() * 2 > stats.distinctEdges()) {
            throw new Rejection(String.format(Locale.ROOT,
                    "object '%s' is not a solid: %d of its %d edges belong to one triangle only, so its triangles enclose no volume",
                    name, object.openEdges(), stats.distinctEdges()));
        }
        if (object.bounds().sizeX() == 0 || object.bounds().sizeY() == 0 || object.bounds().sizeZ() == 0) {
            throw new Rejection("object '" + name + "' is flat (" + object.bounds().describe() + "): it has no thickness to print");
        }
        objects.add(object);
        stats = null;
    }

    List<ModelObject> objects() {
        return objects;
    }

    /** Closes what is open and deletes every file written so far: a rejected upload leaves nothing. */
    void discard() {
        if (writer != null) {
            try {
                writer.close();
            } catch (RuntimeException ignored) {
                // the file is deleted below anyway
            }
        }
        for (Path path : written) {
            try {
                java.nio.file.Files.deleteIfExists(path);
            } catch (java.io.IOException ignored) {
                // best effort: the caller's temporary directory is removed with its contents
            }
        }
    }

    private float coordinate(double value) {
        float f = (float) (value * scale);
        if (!Float.isFinite(f)) {
            throw new Rejection("a vertex coordinate is not a finite number of millimetres (" + value + ")");
        }
        return f;
    }
}
