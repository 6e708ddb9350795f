package com.printdesk.slicing.geometry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.printdesk.slicing.BoundingBox;
import com.printdesk.slicing.UnitSuggestion;

/**
 * Flags sizes that are implausible in millimetres. Below 1 mm for the whole model nothing useful
 * comes off an FDM printer (the nozzle alone is 0.4 mm), while a part drawn in metres (a 4.7 cm
 * IMU reads as 0.047 mm) or inches lands there; the corpus's smallest genuine parts are 3 mm.
 * Above 5 m no desktop printer or bureau job makes sense, and a drawing in micrometres lands there.
 */
final class Units {

    static final double TOO_SMALL_MM = 1.0;
    static final double TOO_LARGE_MM = 5000.0;

    private Units() {
    }

    static Optional<UnitSuggestion> suggest(BoundingBox bounds) {
        double largest = bounds.largestSide();
        if (largest < TOO_SMALL_MM) {
            return Optional.of(new UnitSuggestion(String.format(Locale.ROOT,
                    "The model is only %s mm across at its largest: it was probably drawn in metres or inches.",
                    format(largest)), List.of(new UnitSuggestion.Scale("metres", 1000),
                            new UnitSuggestion.Scale("inches", 25.4))));
        }
        if (largest > TOO_LARGE_MM) {
            return Optional.of(new UnitSuggestion(String.format(Locale.ROOT,
                    "The model is %s mm across at its largest: it was probably drawn in micrometres.", format(largest)),
                    List.of(new UnitSuggestion.Scale("micrometres", 0.001))));
        }
        return Optional.empty();
    }

    private static String format(double mm) {
        return new java.math.BigDecimal(mm).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
