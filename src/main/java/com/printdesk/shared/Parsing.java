package com.printdesk.shared;

import java.math.BigDecimal;

import org.springframework.validation.Errors;

/** Reads typed numbers from form fields, recording a field error instead of throwing. */
final class Parsing {

    private Parsing() {
    }

    static Money money(String value, Errors errors, String field) {
        try {
            Money money = Money.parse(value == null || value.isBlank() ? "0" : value);
            if (money.isNegative()) {
                errors.rejectValue(field, "negative", "Enter an amount of 0 or more");
                return null;
            }
            return money;
        }
        catch (IllegalArgumentException | ArithmeticException ex) {
            errors.rejectValue(field, "money", "Enter dollars and cents, like 25 or 25.50");
            return null;
        }
    }

    static BigDecimal decimal(String value, Errors errors, String field, String message, int maxScale) {
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.stripTrailingZeros().scale() > maxScale || number.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                errors.rejectValue(field, "number", message);
                return null;
            }
            return number;
        }
        catch (RuntimeException ex) {
            errors.rejectValue(field, "number", message);
            return null;
        }
    }

    static GstCalculation.Discount discount(GstCalculation.Discount.Kind kind, String value, Errors errors,
            String field) {
        if (value == null || value.isBlank()) {
            return GstCalculation.Discount.NONE;
        }
        BigDecimal amount = decimal(value, errors, field, "Enter a discount of 0 or more", 2);
        if (amount == null) {
            return null;
        }
        try {
            return new GstCalculation.Discount(kind == null ? GstCalculation.Discount.Kind.AMOUNT : kind, amount);
        }
        catch (IllegalArgumentException ex) {
            errors.rejectValue(field, "range", ex.getMessage());
            return null;
        }
    }
}
