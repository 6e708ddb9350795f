package com.printdesk.catalog;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A printer as entered on the admin form (also the command to create or change one). That the slicer
 * profile exists and the name is free are checked by {@link PrinterAdmin}, which knows both.
 */
public record PrinterForm(
        @NotBlank(message = "Enter a name") @Size(max = 80, message = "Keep the name under 80 characters")
        String name,
        @NotBlank(message = "Enter the model") @Size(max = 120, message = "Keep the model under 120 characters")
        String model,
        @NotNull(message = "Enter the width") @Min(value = 1, message = "Must be at least 1 mm")
        @Max(value = 5000, message = "At most 5000 mm") Integer x,
        @NotNull(message = "Enter the depth") @Min(value = 1, message = "Must be at least 1 mm")
        @Max(value = 5000, message = "At most 5000 mm") Integer y,
        @NotNull(message = "Enter the height") @Min(value = 1, message = "Must be at least 1 mm")
        @Max(value = 5000, message = "At most 5000 mm") Integer z,
        @NotNull(message = "Enter the nozzle diameter")
        @DecimalMin(value = "0.1", message = "Nozzles are between 0.1 and 2.0 mm")
        @DecimalMax(value = "2.0", message = "Nozzles are between 0.1 and 2.0 mm")
        @Digits(integer = 1, fraction = 2, message = "Enter the nozzle with at most 2 decimals, like 0.4")
        BigDecimal nozzle,
        @NotBlank(message = "Choose a slicer profile") String slicerProfile,
        Set<Long> materialIds,
        @NotNull(message = "Choose a status") PrinterStatus status,
        @Pattern(regexp = "^$|^\\d{1,6}(\\.\\d{1,4})?$",
                message = "Enter dollars per hour with at most 4 decimals, like 4.50, or leave it empty")
        String hourRate,
        Boolean shopDefault,
        long version) {

    public PrinterForm {
        materialIds = materialIds == null ? Set.of() : Set.copyOf(materialIds);
        // an unticked checkbox sends nothing
        shopDefault = Boolean.TRUE.equals(shopDefault);
    }

    /** A printer charged at the business's machine hour rate that does not price the shop. */
    public PrinterForm(String name, String model, Integer x, Integer y, Integer z, BigDecimal nozzle,
            String slicerProfile, Set<Long> materialIds, PrinterStatus status, long version) {
        this(name, model, x, y, z, nozzle, slicerProfile, materialIds, status, null, false, version);
    }

    static PrinterForm empty() {
        return new PrinterForm("", "", null, null, null, new BigDecimal("0.4"), "", Set.of(), PrinterStatus.IDLE, "",
                false, 0);
    }
}
