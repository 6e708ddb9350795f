package com.printdesk.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A print job as pages, the API and other modules read it. Estimates and actuals cover the whole quantity.
 * {@code overdue}: past its due date (business time zone) and not yet ready.
 */
public record JobView(long id, long clientId, String clientName, long invoiceId, String invoiceNumber,
        String description, BigDecimal quantity, Long materialId, String materialName, Long printerId,
        JobStatus status, JobStatus heldFromStatus, String statusReason, int priority, LocalDate dueDate,
        Integer estimatedMinutes, BigDecimal estimatedGrams, Integer actualMinutes, BigDecimal actualGrams,
        String notes, Instant createdAt, Instant updatedAt, Instant completedAt, long version, boolean overdue) {

    /** Actual grams against the quote, in % (+ means more than quoted); null until both are known. */
    public BigDecimal gramsDifferencePercent() {
        return difference(estimatedGrams, actualGrams);
    }

    public BigDecimal minutesDifferencePercent() {
        return difference(estimatedMinutes == null ? null : BigDecimal.valueOf(estimatedMinutes),
                actualMinutes == null ? null : BigDecimal.valueOf(actualMinutes));
    }

    public String quantityText() {
        return quantity.stripTrailingZeros().toPlainString();
    }

    public String label() {
        return "Job #" + id;
    }

    static BigDecimal difference(BigDecimal quoted, BigDecimal actual) {
        if (quoted == null || actual == null || quoted.signum() == 0) {
            return null;
        }
        return actual.subtract(quoted).multiply(BigDecimal.valueOf(100)).divide(quoted, 1, RoundingMode.HALF_UP);
    }
}
