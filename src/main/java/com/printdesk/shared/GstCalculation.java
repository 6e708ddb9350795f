package com.printdesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The totals of a quote or invoice under Australian GST (10 %), as DESIGN.md states them:
 * <ul>
 * <li>line = round(unit price × quantity) less its own discount %;</li>
 * <li>a whole-document discount (% or amount) is shared across the lines in proportion to their
 * amounts, so taxable and GST-free parts each carry their share;</li>
 * <li>shipping is taxable;</li>
 * <li>prices entered GST-exclusive: GST = round-half-up(taxable × 10 %);
 * entered GST-inclusive: GST = round-half-up(taxable ÷ 11);</li>
 * <li>not GST registered: no GST at all.</li>
 * </ul>
 */
public final class GstCalculation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GstCalculation() {
    }

    public static Totals calculate(List<Line> lines, Discount discount, Money shipping, PriceEntry entry,
            boolean gstRegistered) {
        List<Money> lineAmounts = lines.stream().map(Line::amount).toList();
        Money items = lineAmounts.stream().reduce(Money.ZERO, Money::plus);
        Money discountAmount = discount.amountOf(items);
        List<Money> shares = share(discountAmount, lineAmounts);

        Money taxable = shipping;
        Money gstFree = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Money afterDiscount = lineAmounts.get(i).minus(shares.get(i));
            if (lines.get(i).gstFree()) {
                gstFree = gstFree.plus(afterDiscount);
            }
            else {
                taxable = taxable.plus(afterDiscount);
            }
        }
        Money net = taxable.plus(gstFree);
        Money gst = Money.ZERO;
        if (gstRegistered) {
            gst = entry == PriceEntry.EXCLUSIVE
                    ? Money.of(taxable.dollars().multiply(BigDecimal.TEN).divide(HUNDRED))
                    : Money.of(taxable.dollars().divide(BigDecimal.valueOf(11), 10, RoundingMode.HALF_UP));
        }
        Money subtotal = entry == PriceEntry.EXCLUSIVE || !gstRegistered ? net : net.minus(gst);
        Money total = subtotal.plus(gst);
        return new Totals(lineAmounts, items, discountAmount, shipping, taxable, gstFree, subtotal, gst, total);
    }

    /** Splits {@code amount} across {@code weights} proportionally; the cents left over go to the largest remainders. */
    static List<Money> share(Money amount, List<Money> weights) {
        long totalWeight = weights.stream().mapToLong(Money::cents).sum();
        List<Money> shares = new ArrayList<>();
        if (amount.isZero() || totalWeight == 0) {
            weights.forEach(w -> shares.add(Money.ZERO));
            return shares;
        }
        long[] cents = new long[weights.size()];
        BigDecimal[] remainders = new BigDecimal[weights.size()];
        long given = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal exact = BigDecimal.valueOf(amount.cents()).multiply(BigDecimal.valueOf(weights.get(i).cents()))
                    .divide(BigDecimal.valueOf(totalWeight), 10, RoundingMode.DOWN);
            cents[i] = exact.setScale(0, RoundingMode.DOWN).longValue();
            remainders[i] = exact.subtract(BigDecimal.valueOf(cents[i]));
            given += cents[i];
        }
        for (long left = amount.cents() - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i].compareTo(remainders[best]) > 0) {
                    best = i;
                }
            }
            cents[best]++;
            remainders[best] = BigDecimal.valueOf(-1);
        }
        for (long c : cents) {
            shares.add(Money.ofCents(c));
        }
        return shares;
    }

    /** Whether prices were typed without or with GST. */
    public enum PriceEntry {
        EXCLUSIVE, INCLUSIVE
    }

    /**
     * One line: quantity × unit price, less a line discount in percent.
     *
     * @param discountPercent 0–100
     */
    public record Line(Money unitPrice, BigDecimal quantity, BigDecimal discountPercent, boolean gstFree) {

        public Line {
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(quantity, "quantity");
            discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
            if (quantity.signum() <= 0) {
                throw new IllegalArgumentException("Quantity must be more than zero");
            }
            if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("A discount is between 0 and 100 %");
            }
        }

        public Money gross() {
            return unitPrice.times(quantity);
        }

        public Money amount() {
            Money gross = gross();
            return gross.minus(gross.percent(discountPercent));
        }
    }

    /** A discount on the whole document: a percentage of the items or a fixed amount (never more than the items). */
    public record Discount(Kind kind, BigDecimal value) {

        public static final Discount NONE = new Discount(Kind.AMOUNT, BigDecimal.ZERO);

        public Discount {
            Objects.requireNonNull(kind, "kind");
            value = value == null ? BigDecimal.ZERO : value;
            if (value.signum() < 0) {
                throw new IllegalArgumentException("A discount cannot be negative");
            }
            if (kind == Kind.PERCENT && value.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("A discount is at most 100 %");
            }
        }

        public static Discount percent(String percent) {
            return new Discount(Kind.PERCENT, new BigDecimal(percent));
        }

        public static Discount amount(Money amount) {
            return new Discount(Kind.AMOUNT, amount.dollars());
        }

        Money amountOf(Money items) {
            Money amount = kind == Kind.PERCENT ? items.percent(value) : Money.of(value);
            return amount.min(items.max(Money.ZERO));
        }

        public enum Kind {
            PERCENT, AMOUNT
        }
    }

    /**
     * @param lineAmounts each line after its own discount, before the document discount
     * @param items the sum of the line amounts
     * @param taxable the taxable part after discount, shipping included (as entered)
     * @param subtotal excluding GST
     */
    public record Totals(List<Money> lineAmounts, Money items, Money discount, Money shipping, Money taxable,
            Money gstFree, Money subtotal, Money gst, Money total) {

        /** "Total price includes GST" may replace the GST line only when GST is exactly 1/11 of the total. */
        public boolean gstIsExactlyOneEleventh() {
            return gst.isPositive() && gst.cents() * 11 == total.cents();
        }
    }
}
