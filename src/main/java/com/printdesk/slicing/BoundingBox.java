package com.printdesk.slicing;

/** An axis-aligned box in millimetres. */
public record BoundingBox(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

    public double sizeX() {
        return maxX - minX;
    }

    public double sizeY() {
        return maxY - minY;
    }

    public double sizeZ() {
        return maxZ - minZ;
    }

    public double largestSide() {
        return Math.max(sizeX(), Math.max(sizeY(), sizeZ()));
    }

    public BoundingBox union(BoundingBox other) {
        return new BoundingBox(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.min(minZ, other.minZ),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY), Math.max(maxZ, other.maxZ));
    }

    /** "20.0 × 20.0 × 20.0 mm" */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%.1f × %.1f × %.1f mm", sizeX(), sizeY(), sizeZ());
    }
}
