package com.printdesk.slicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * A slice as it stands. Figures are set once COMPLETED; {@code estimate} marks figures computed from the
 * geometry instead of by PrusaSlicer. Grams depend on the material, so they are asked for with its
 * density rather than stored.
 *
 * @param gcodeKey key of the G-code in the {@code tmp} bucket (none for an estimate)
 * @param worker the slicing worker instance that ran it last
 */
public record SliceResult(long id, String fileSha256, long printerId, String settingsHash, SliceState state,
        String failureReason, boolean estimate, Duration printTime, BigDecimal filamentMm, BigDecimal filamentCm3,
        String gcodeKey, String slicerVersion, int attempts, String worker, Instant requestedAt, Instant startedAt,
        Instant finishedAt) {

    /** Filament mass in grams (2 decimals): cm³ × density in g/cm³. */
    public BigDecimal grams(BigDecimal densityGramsPerCm3) {
        if (filamentCm3 == null) {
            throw new IllegalStateException("Slice " + id + " has no figures (" + state + ")");
        }
        return filamentCm3.multiply(densityGramsPerCm3).setScale(2, RoundingMode.HALF_UP);
    }

    /** Print hours (4 decimals), for the machine-time price. */
    public BigDecimal printHours() {
        if (printTime == null) {
            throw new IllegalStateException("Slice " + id + " has no figures (" + state + ")");
        }
        return BigDecimal.valueOf(printTime.toSeconds()).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP);
    }
}
