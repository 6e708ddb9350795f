package com.printdesk.slicing.prusa;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The PrusaSlicer runner ({@code printdesk.slicer.*}).
 *
 * @param bin the executable: a path, or a name looked up on {@code PATH} ({@code SLICER_BIN})
 * @param disable never run the slicer, price from the geometric estimate ({@code SLICER_DISABLE})
 * @param concurrency slices this instance runs at once, 1–4 ({@code SLICER_CONCURRENCY}); each
 *        PrusaSlicer process takes up to about 170 MB outside the heap
 * @param timeout a run taking longer is killed with its child processes ({@code SLICER_TIMEOUT_MS},
 *        a plain number is milliseconds)
 * @param pollingInterval how often an instance looks for queued slices scheduled by another one
 */
@Validated
@ConfigurationProperties("printdesk.slicer")
public record SlicerProperties(
        @DefaultValue("prusa-slicer") @NotBlank(message = "SLICER_BIN must name the PrusaSlicer executable") String bin,
        @DefaultValue("false") boolean disable,
        @DefaultValue("1") @Min(value = 1, message = "SLICER_CONCURRENCY must be 1 to 4")
        @Max(value = 4, message = "SLICER_CONCURRENCY must be 1 to 4") int concurrency,
        @DefaultValue("120000") @NotNull Duration timeout,
        @DefaultValue("5s") @NotNull Duration pollingInterval) {

    public SlicerProperties {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("SLICER_TIMEOUT_MS must be a positive number of milliseconds");
        }
    }
}
