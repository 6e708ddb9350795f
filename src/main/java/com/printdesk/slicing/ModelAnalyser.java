package com.printdesk.slicing;

import java.nio.file.Path;

import org.springframework.stereotype.Service;

import com.printdesk.slicing.geometry.GeometryAnalysis;

/**
 * Reads an uploaded STL or 3MF (format from its content), checks and measures its geometry while
 * streaming it, and writes each object as a normalised binary STL into {@code outputDir}: the only
 * files the slicer ever reads. Plain Java; usable without Spring.
 */
@Service
public class ModelAnalyser {

    /** Analyses the model as drawn (coordinates in millimetres). */
    public ModelAnalysis analyse(Path upload, String fileName, Path outputDir) {
        return analyse(upload, fileName, outputDir, 1.0);
    }

    /**
     * Analyses the model with every coordinate multiplied by {@code scale} (for example 1000 once the
     * client confirmed a {@link UnitSuggestion} that the model was drawn in metres).
     *
     * @throws ModelRejected naming the file and why it cannot be printed; nothing is left in outputDir
     */
    public ModelAnalysis analyse(Path upload, String fileName, Path outputDir, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number: " + scale);
        }
        return GeometryAnalysis.analyse(upload, fileName, outputDir, scale);
    }
}
