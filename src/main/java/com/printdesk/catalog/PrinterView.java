package com.printdesk.catalog;

import java.math.BigDecimal;
import java.util.Set;

import com.printdesk.shared.Rate;

/**
 * A printer as other modules see it: build volume in mm, nozzle in mm, the slicer profile's name.
 *
 * @param hourRate its machine hour rate; null to charge the business's rate from settings
 * @param shopDefault the printer that prices the instant-quote shop (at most one)
 */
public record PrinterView(long id, String name, String model, int x, int y, int z, BigDecimal nozzle,
        String slicerProfile, Set<Long> materialIds, PrinterStatus status, boolean active, Rate hourRate,
        boolean shopDefault) {

    public PrinterView {
        materialIds = Set.copyOf(materialIds);
    }

    public PrinterView(long id, String name, String model, int x, int y, int z, BigDecimal nozzle,
            String slicerProfile, Set<Long> materialIds, PrinterStatus status, boolean active) {
        this(id, name, model, x, y, z, nozzle, slicerProfile, materialIds, status, active, null, false);
    }

    /** Its own machine hour rate, or the business's when it has none. */
    public Rate hourRateOr(Rate businessRate) {
        return hourRate == null ? businessRate : hourRate;
    }

    public boolean supports(long materialId) {
        return materialIds.contains(materialId);
    }

    /** "250 × 210 × 220 mm" */
    public String buildVolume() {
        return x + " × " + y + " × " + z + " mm";
    }
}
