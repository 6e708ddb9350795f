package com.printdesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of Australian dollars in cents. The one money type: never {@code double}, rounding only
 * where a rule says so (half up, to the cent).
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** From dollars as typed ({@code "1,234.5"}, {@code "$12"}); more than two decimals is refused. */
    public static Money parse(String dollars) {
        String clean = dollars == null ? "" : dollars.replace("$", "").replace(",", "").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("Enter an amount");
        }
        BigDecimal value = new BigDecimal(clean);
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Amounts have at most two decimals (cents)");
        }
        return of(value);
    }

    /** Dollars to cents, rounding half up. */
    public static Money of(BigDecimal dollars) {
        return new Money(dollars.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negate() {
        return new Money(-cents);
    }

    /** This amount times a quantity, rounded half up to the cent. */
    public Money times(BigDecimal quantity) {
        return of(dollars().multiply(quantity));
    }

    /** {@code percent} % of this amount, rounded half up to the cent. */
    public Money percent(BigDecimal percent) {
        return of(dollars().multiply(percent).movePointLeft(2));
    }

    public BigDecimal dollars() {
        return BigDecimal.valueOf(cents, 2);
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public Money max(Money other) {
        return cents >= other.cents ? this : other;
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** {@code $1,234.56} or {@code -$5.00}. */
    public String formatted() {
        // what NumberFormat.getCurrencyInstance(en-AU) prints, without building a formatter per call:
        // amounts are formatted into every event summary, on the webhook's hot path among others
        long whole = Math.abs(cents / 100);
        long part = Math.abs(cents % 100);
        String digits = Long.toString(whole);
        StringBuilder text = new StringBuilder(digits.length() + 8);
        if (cents < 0) {
            text.append('-');
        }
        text.append('$');
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append('.').append(part < 10 ? "0" : "").append(part).toString();
    }

    /** {@code 1234.56}, for form fields and CSV. */
    public String plain() {
        return dollars().toPlainString();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
