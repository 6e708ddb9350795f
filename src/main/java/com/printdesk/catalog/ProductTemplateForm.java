package com.printdesk.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/**
 * A product template as entered on the admin form (also the command to create or change one). Which
 * fields are required depends on the pricing mode, which annotations cannot express:
 * {@link #missingForPricing} names them.
 */
public record ProductTemplateForm(
        @NotBlank(message = "Enter a name") @Size(max = 120, message = "Keep the name under 120 characters")
        String name,
        @Size(max = 2000, message = "Keep the description under 2000 characters") String description,
        @NotNull(message = "Choose how it is priced") PricingMode mode,
        @DecimalMin(value = "0.01", message = "The unit price must be above $0")
        @Digits(integer = 10, fraction = 2, message = "Prices have at most 2 decimals (cents)")
        BigDecimal unitPrice,
        Long materialId,
        @DecimalMin(value = "0.01", message = "Enter more than 0 g")
        @Digits(integer = 8, fraction = 2, message = "Grams have at most 2 decimals") BigDecimal defaultGrams,
        @DecimalMin(value = "0", message = "Print hours cannot be negative")
        @Digits(integer = 6, fraction = 2, message = "Hours have at most 2 decimals") BigDecimal defaultHours,
        @NotNull(message = "Enter the layer height")
        @DecimalMin(value = "0.05", message = "Layer heights are between 0.05 and 0.6 mm")
        @DecimalMax(value = "0.6", message = "Layer heights are between 0.05 and 0.6 mm")
        @Digits(integer = 1, fraction = 2, message = "Enter the layer height with at most 2 decimals")
        BigDecimal layerHeight,
        @NotNull(message = "Enter the infill") @Min(value = 0, message = "Infill is between 0 and 100 %")
        @Max(value = 100, message = "Infill is between 0 and 100 %") Integer infillPercent,
        Boolean supports,
        long version) {

    /** An unticked checkbox sends nothing: that is "no supports", not a binding failure. */
    public ProductTemplateForm {
        supports = Boolean.TRUE.equals(supports);
    }

    static ProductTemplateForm empty() {
        SlicingDefaults standard = SlicingDefaults.STANDARD;
        return new ProductTemplateForm("", "", PricingMode.FIXED, null, null, null, null, standard.layerHeight(),
                standard.infillPercent(), standard.supports(), 0);
    }

    /** The fields the chosen pricing mode needs and lacks; the other mode's fields are ignored when saving. */
    List<FieldProblem> missingForPricing() {
        List<FieldProblem> missing = new ArrayList<>();
        if (mode == PricingMode.FIXED && unitPrice == null) {
            missing.add(new FieldProblem("unitPrice", "Enter the unit price"));
        }
        if (mode == PricingMode.BY_MATERIAL) {
            if (materialId == null) {
                missing.add(new FieldProblem("materialId", "Choose a material"));
            }
            if (defaultGrams == null) {
                missing.add(new FieldProblem("defaultGrams", "Enter the default grams"));
            }
            if (defaultHours == null) {
                missing.add(new FieldProblem("defaultHours", "Enter the default print hours"));
            }
        }
        return missing;
    }

    SlicingDefaults slicing() {
        return new SlicingDefaults(layerHeight, infillPercent, supports);
    }
}
