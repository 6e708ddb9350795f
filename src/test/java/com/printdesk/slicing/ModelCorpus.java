package com.printdesk.slicing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared model corpus ({@code ../shared/models}): every file with what {@code MANIFEST.tsv}
 * measured and what {@code APP_EXPECTED.tsv} says must happen to it.
 */
final class ModelCorpus {

    /** The demo printers of the dev data: Prusa 250×210×220, generic 256³. */
    static final List<BuildVolume> DEMO_PRINTERS = List.of(new BuildVolume("Prusa MK4", 250, 210, 220),
            new BuildVolume("Generic 256", 256, 256, 256));

    record Entry(String file, String outcome, String why, Long triangles, double[] bboxMm, Double volumeCm3) {

        Path path() {
            return folder().resolve(file);
        }

        @Override
        public String toString() {
            return file + " → " + outcome;
        }
    }

    private ModelCorpus() {
    }

    /** {@code ../shared/models} beside the project (a CI clone), else the workplace's copy. */
    static Path folder() {
        Path beside = Path.of("../shared/models");
        return Files.isDirectory(beside) ? beside : Path.of("/work/shared/models");
    }

    static List<Entry> entries() {
        Map<String, Map<String, String>> manifest = byFile(folder().resolve("MANIFEST.tsv"));
        List<Entry> entries = new ArrayList<>();
        for (Map<String, String> expected : byFile(folder().resolve("APP_EXPECTED.tsv")).values()) {
            Map<String, String> measured = manifest.get(expected.get("file"));
            if (measured == null) {
                throw new IllegalStateException("MANIFEST.tsv lacks " + expected.get("file"));
            }
            entries.add(new Entry(expected.get("file"), expected.get("outcome"), expected.getOrDefault("why", ""),
                    measured.get("triangles").isBlank() ? null : Long.valueOf(measured.get("triangles")),
                    bbox(measured.get("bbox_mm")),
                    measured.get("volume_cm3").isBlank() ? null : Double.valueOf(measured.get("volume_cm3"))));
        }
        return entries;
    }

    private static double[] bbox(String text) {
        if (text.isBlank()) {
            return null;
        }
        String[] sides = text.split("\\*");
        return new double[] { Double.parseDouble(sides[0]), Double.parseDouble(sides[1]), Double.parseDouble(sides[2]) };
    }

    private static Map<String, Map<String, String>> byFile(Path tsv) {
        try {
            List<String> lines = Files.readAllLines(tsv);
            String[] header = lines.get(0).split("\t", -1);
            Map<String, Map<String, String>> rows = new java.util.LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.put(row.get("file"), row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
