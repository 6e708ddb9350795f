package com.printdesk.slicing.geometry;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.printdesk.slicing.BoundingBox;
import com.printdesk.slicing.ModelAnalysis;
import com.printdesk.slicing.ModelFormat;
import com.printdesk.slicing.ModelObject;
import com.printdesk.slicing.ModelRejected;

/** Entry point of the geometry package for {@code ModelAnalyser}: sniff, read, measure, write. */
public final class GeometryAnalysis {

    private GeometryAnalysis() {
    }

    public static ModelAnalysis analyse(Path upload, String fileName, Path outputDir, double scale) {
        return analyse(upload, fileName, outputDir, scale, ZipLimits.DEFAULT);
    }

    static ModelAnalysis analyse(Path upload, String fileName, Path outputDir, double scale, ZipLimits limits) {
        ObjectCollector collector = new ObjectCollector(outputDir, scale);
        try {
            ModelFormat format = read(upload, fileName, collector, limits);
            return summarise(fileName, format, collector.objects());
        } catch (Rejection e) {
            collector.discard();
            throw new ModelRejected(fileName, e.getMessage(), e.getCause());
        } catch (IOException | UncheckedIOException e) {
            collector.discard();
            throw new UncheckedIOException("could not read " + fileName, e instanceof IOException io ? io
                    : ((UncheckedIOException) e).getCause());
        } catch (RuntimeException | Error e) {
            collector.discard();
            throw e;
        }
    }

    private static ModelFormat read(Path upload, String fileName, MeshSink sink, ZipLimits limits) throws IOException {
        long size = Files.size(upload);
        if (size == 0) {
            throw new Rejection("the file is empty");
        }
        byte[] head = head(upload);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            ThreeMf.read(upload, sink, limits);
            return ModelFormat.THREE_MF;
        }
        // size decides binary first: a binary header may well start with "solid"
        long declared = size >= 84 ? ByteBuffer.wrap(head, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL : -1;
        if (declared >= 0 && size == BinaryStl.expectedSize(declared)) {
            readBinary(upload, declared, baseName(fileName), sink);
            return ModelFormat.STL_BINARY;
        }
        if (startsWithSolid(head)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(upload), 1 << 16)) {
                AsciiStl.read(in, baseName(fileName), sink);
                return ModelFormat.STL_ASCII;
            } catch (AsciiStl.NotText e) {
                throw new Rejection(wrongBinarySize(size, declared));
            }
        }
        throw new Rejection(wrongBinarySize(size, declared));
    }

    private static void readBinary(Path upload, long triangles, String objectName, MeshSink sink) throws IOException {
        if (triangles == 0) {
            throw new Rejection("the binary STL declares 0 triangles: there is nothing to print");
        }
        try (FileChannel channel = FileChannel.open(upload, StandardOpenOption.READ)) {
            BinaryStl.read(channel, triangles, objectName, sink);
        }
    }

    private static String wrongBinarySize(long size, long declared) {
        if (declared < 0) {
            return "the file is neither STL nor 3MF (" + size + " bytes)";
        }
        return String.format(Locale.ROOT,
                "not a valid binary STL: it declares %d triangles, so it should be %d bytes (84 + 50 × %d), but it is %d bytes",
                declared, BinaryStl.expectedSize(declared), declared, size);
    }

    private static byte[] head(Path upload) throws IOException {
        try (InputStream in = Files.newInputStream(upload)) {
            return in.readNBytes(84);
        }
    }

    private static boolean startsWithSolid(byte[] head) {
        int i = 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return head.length - i >= 5 && new String(head, i, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equalsIgnoreCase("solid");
    }

    private static String baseName(String fileName) {
        String name = Path.of(fileName.replace('\\', '/')).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static ModelAnalysis summarise(String fileName, ModelFormat format, List<ModelObject> objects) {
        BoundingBox bounds = objects.get(0).bounds();
        long triangles = 0;
        double volume = 0;
        double area = 0;
        int shells = 0;
        long open = 0;
        long nonManifold = 0;
        for (ModelObject o : objects) {
            bounds = bounds.union(o.bounds());
            triangles += o.triangles();
            volume += o.volumeMm3();
            area += o.surfaceAreaMm2();
            shells += o.shells();
            open += o.openEdges();
            nonManifold += o.nonManifoldEdges();
        }
        List<String> warnings = new ArrayList<>();
        if (open > 0) {
            warnings.add(String.format(Locale.ROOT,
                    "The mesh is not watertight (%d open edges): the slicer will try to close it, and the volume is an estimate.",
                    open));
        }
        Optional<com.printdesk.slicing.UnitSuggestion> units = Units.suggest(bounds);
        return new ModelAnalysis(fileName, format, triangles, bounds, volume, area, shells, open, nonManifold, objects,
                units, warnings);
    }
}
