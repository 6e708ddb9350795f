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
    void formatsExactlyAsTheJdksAustralianCurrencyFormat() {
        java.text.NumberFormat jdk = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag("en-AU"));
        long[] amounts = {0, 1, 9, 10, 99, 100, 101, 999_99, 1000_00, 1234_56, 12_345_678_90L, 100_000_000_00L, -1, -5,
                -1234_56, -100_000_00, Long.MAX_VALUE, Long.MIN_VALUE + 1};
        for (long cents : amounts) {
            Money money = Money.ofCents(cents);
            assertThat(money.formatted()).as("%d cents", cents).isEqualTo(jdk.format(money.dollars()));
        }
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 10_000; i++) {
            Money money = Money.ofCents(random.nextLong() % 10_000_000_000L);
            assertThat(money.formatted()).isEqualTo(jdk.format(money.dollars()));
        }
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
