package com.printdesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A price per unit (per gram, per hour) in dollars with four decimals, such as $0.0450/g. Multiplying
 * by a quantity gives {@link Money}, rounded half up to the cent.
 */
public record Rate(BigDecimal dollars) implements Comparable<Rate> {

    public static final int SCALE = 4;
    public static final Rate ZERO = new Rate(BigDecimal.ZERO);

    public Rate {
        Objects.requireNonNull(dollars, "dollars");
        if (dollars.signum() < 0) {
            throw new IllegalArgumentException("A rate cannot be negative");
        }
        if (dollars.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("Rates have at most four decimals");
        }
        dollars = dollars.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Rate parse(String value) {
        String clean = value == null ? "" : value.replace("$", "").replace(",", "").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("Enter a rate");
        }
        return new Rate(new BigDecimal(clean));
    }

    public Money times(BigDecimal quantity) {
        return Money.of(dollars.multiply(quantity));
    }

    @Override
    public int compareTo(Rate other) {
        return dollars.compareTo(other.dollars);
    }

    public String plain() {
        return dollars.toPlainString();
    }

    @Override
    public String toString() {
        return "$" + dollars.toPlainString();
    }
}
