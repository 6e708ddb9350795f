package com.printdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void parsesWhatPeopleType() {
        assertThat(Money.parse("$1,234.50").cents()).isEqualTo(123450);
        assertThat(Money.parse("12").cents()).isEqualTo(1200);
        assertThat(Money.parse("0.10").cents()).isEqualTo(10);
    }

    @Test
    void refusesFractionsOfACentAndBlanks() {
        assertThatThrownBy(() -> Money.parse("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsAsAustralianDollars() {
        assertThat(Money.ofCents(123456).formatted()).isEqualTo("$1,234.56");
        assertThat(Money.ofCents(5).plain()).isEqualTo("0.05");
    }

    @Test
    void aRateTimesGramsIsMoneyRoundedHalfUp() {
        Rate perGram = Rate.parse("0.0450");
        assertThat(perGram.times(new BigDecimal("123.3"))).isEqualTo(Money.ofCents(555)); // 5.5485 → 5.55
        assertThat(perGram.times(new BigDecimal("10"))).isEqualTo(Money.ofCents(45));
        assertThatThrownBy(() -> Rate.parse("0.00001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.parse("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticNeverOverflowsSilently() {
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)))
                .isInstanceOf(ArithmeticException.class);
    }
}
