package com.printdesk.slicing;

/** PrusaSlicer's {@code support_material_style}: a regular grid, or supports that hug the model. */
public enum SupportStyle {
    GRID, SNUG;

    /** The value the slicer's command line takes. */
    public String cliValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
