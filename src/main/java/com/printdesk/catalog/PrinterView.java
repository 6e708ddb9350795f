package com.printdesk.catalog;

import java.math.BigDecimal;
import java.util.Set;

/** A printer as other modules see it: build volume in mm, nozzle in mm, the slicer profile's name. */
public record PrinterView(long id, String name, String model, int x, int y, int z, BigDecimal nozzle,
        String slicerProfile, Set<Long> materialIds, PrinterStatus status, boolean active) {

    public PrinterView {
        materialIds = Set.copyOf(materialIds);
    }

    public boolean supports(long materialId) {
        return materialIds.contains(materialId);
    }

    /** "250 × 210 × 220 mm" */
    public String buildVolume() {
        return x + " × " + y + " × " + z + " mm";
    }
}
