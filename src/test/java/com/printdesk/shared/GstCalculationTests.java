package com.printdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.printdesk.shared.GstCalculation.Discount;
import com.printdesk.shared.GstCalculation.Line;
import com.printdesk.shared.GstCalculation.PriceEntry;
import com.printdesk.shared.GstCalculation.Totals;

class GstCalculationTests {

    @Test
    void exclusivePricesAddTenPercent() {
        Totals totals = exclusive(List.of(line("100.00", "2"), line("50.00", "1")));
        assertThat(totals.subtotal()).isEqualTo(money("250.00"));
        assertThat(totals.gst()).isEqualTo(money("25.00"));
        assertThat(totals.total()).isEqualTo(money("275.00"));
        assertThat(totals.gstIsExactlyOneEleventh()).isTrue();
    }

    @Test
    void inclusivePricesContainOneEleventh() {
        Totals totals = GstCalculation.calculate(List.of(line("110.00", "1")), Discount.NONE, Money.ZERO,
                PriceEntry.INCLUSIVE, true);
        assertThat(totals.total()).isEqualTo(money("110.00"));
        assertThat(totals.gst()).isEqualTo(money("10.00"));
        assertThat(totals.subtotal()).isEqualTo(money("100.00"));
    }

    @Test
    void gstRoundsHalfUpAtHalfACent() {
        // 0.05 × 10 % = 0.005 → 0.01
        assertThat(exclusive(List.of(line("0.05", "1"))).gst()).isEqualTo(money("0.01"));
        // 0.04 × 10 % = 0.004 → 0.00
        assertThat(exclusive(List.of(line("0.04", "1"))).gst()).isEqualTo(money("0.00"));
        // inclusive: 1.65 / 11 = 0.15 exactly; 0.55/11 = 0.05; 0.06/11 = 0.00545 → 0.01
        assertThat(GstCalculation.calculate(List.of(line("0.06", "1")), Discount.NONE, Money.ZERO,
                PriceEntry.INCLUSIVE, true).gst()).isEqualTo(money("0.01"));
    }

    @Test
    void lineTotalsRoundHalfUpToTheCent() {
        // 1.5 × 0.67 = 1.005 → 1.01
        assertThat(line("0.67", "1.5").gross()).isEqualTo(money("1.01"));
        assertThat(new Line(money("19.99"), new BigDecimal("2.5"), null, false).gross()).isEqualTo(money("49.98"));
    }

    @Test
    void gstFreeLinesCarryNoGstAndBreakTheOneEleventhSentence() {
        Totals totals = exclusive(List.of(line("100.00", "1"), new Line(money("50.00"), BigDecimal.ONE, null, true)));
        assertThat(totals.taxable()).isEqualTo(money("100.00"));
        assertThat(totals.gstFree()).isEqualTo(money("50.00"));
        assertThat(totals.gst()).isEqualTo(money("10.00"));
        assertThat(totals.total()).isEqualTo(money("160.00"));
        assertThat(totals.gstIsExactlyOneEleventh()).isFalse();
    }

    @Test
    void shippingIsTaxable() {
        Totals totals = GstCalculation.calculate(List.of(new Line(money("100.00"), BigDecimal.ONE, null, true)),
                Discount.NONE, money("20.00"), PriceEntry.EXCLUSIVE, true);
        assertThat(totals.gst()).isEqualTo(money("2.00"));
        assertThat(totals.total()).isEqualTo(money("122.00"));
    }

    @Test
    void lineDiscountsComeOffBeforeGst() {
        Line discounted = new Line(money("200.00"), BigDecimal.ONE, new BigDecimal("15"), false);
        Totals totals = exclusive(List.of(discounted));
        assertThat(totals.lineAmounts()).containsExactly(money("170.00"));
        assertThat(totals.gst()).isEqualTo(money("17.00"));
    }

    @Test
    void aDocumentDiscountIsSharedBetweenTaxableAndGstFreeLines() {
        List<Line> lines = List.of(line("300.00", "1"), new Line(money("100.00"), BigDecimal.ONE, null, true));
        Totals totals = GstCalculation.calculate(lines, Discount.percent("10"), Money.ZERO, PriceEntry.EXCLUSIVE, true);
        assertThat(totals.discount()).isEqualTo(money("40.00"));
        assertThat(totals.taxable()).isEqualTo(money("270.00"));
        assertThat(totals.gstFree()).isEqualTo(money("90.00"));
        assertThat(totals.gst()).isEqualTo(money("27.00"));
        assertThat(totals.total()).isEqualTo(money("387.00"));
    }

    @Test
    void anAmountDiscountNeverExceedsTheItemsAndItsCentsAllAddUp() {
        List<Line> lines = List.of(line("1.00", "1"), line("1.00", "1"), line("1.00", "1"));
        assertThat(GstCalculation.share(money("1.00"), lines.stream().map(Line::amount).toList()))
                .extracting(Money::cents).containsExactlyInAnyOrder(34L, 33L, 33L);
        Totals totals = GstCalculation.calculate(lines, Discount.amount(money("5.00")), Money.ZERO,
                PriceEntry.EXCLUSIVE, true);
        assertThat(totals.discount()).isEqualTo(money("3.00"));
        assertThat(totals.total()).isEqualTo(Money.ZERO);
    }

    @Test
    void notGstRegisteredMeansNoGst() {
        Totals totals = GstCalculation.calculate(List.of(line("100.00", "1")), Discount.NONE, money("10.00"),
                PriceEntry.INCLUSIVE, false);
        assertThat(totals.gst()).isEqualTo(Money.ZERO);
        assertThat(totals.subtotal()).isEqualTo(money("110.00"));
        assertThat(totals.total()).isEqualTo(money("110.00"));
    }

    @Test
    void theOneEleventhSentenceNeedsAnExactEleventh() {
        // 10.01 exclusive → GST 1.00, total 11.01: 1.00 × 11 ≠ 11.01
        assertThat(exclusive(List.of(line("10.01", "1"))).gstIsExactlyOneEleventh()).isFalse();
        assertThat(exclusive(List.of(line("10.00", "1"))).gstIsExactlyOneEleventh()).isTrue();
    }

    @Test
    void nonsenseInputIsRefused() {
        assertThatThrownBy(() -> line("1.00", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Line(money("1.00"), BigDecimal.ONE, new BigDecimal("101"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.percent("150")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Totals exclusive(List<Line> lines) {
        return GstCalculation.calculate(lines, Discount.NONE, Money.ZERO, PriceEntry.EXCLUSIVE, true);
    }

    private static Line line(String unit, String quantity) {
        return new Line(Money.of(new BigDecimal(unit)), new BigDecimal(quantity), BigDecimal.ZERO, false);
    }

    private static Money money(String dollars) {
        return Money.parse(dollars);
    }
}
