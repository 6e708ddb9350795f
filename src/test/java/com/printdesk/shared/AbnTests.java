package com.printdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbnTests {

    @ParameterizedTest
    @ValueSource(strings = {"51824753556", "51 824 753 556", "53004085616", "33 051 775 556", "83 914 571 673"})
    void realAbnsPassTheAtoChecksum(String abn) {
        assertThat(Abn.isValid(abn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"51824753557", "12345678901", "5182475355", "518247535560", "5182475355a", "",
            "00000000000", "51-824-753-556"})
    void wrongDigitsOrShapesFail(String abn) {
        assertThat(Abn.isValid(abn)).isFalse();
    }

    @Test
    void nullIsNotAnAbn() {
        assertThat(Abn.isValid(null)).isFalse();
    }

    @Test
    void parsesSpacedInputAndPrintsTheAtoGrouping() {
        Abn abn = Abn.parse("51 824 753 556");
        assertThat(abn.digits()).isEqualTo("51824753556");
        assertThat(abn.formatted()).isEqualTo("51 824 753 556");
    }

    @Test
    void refusesToHoldAnInvalidNumber() {
        assertThatThrownBy(() -> Abn.parse("51824753557")).isInstanceOf(IllegalArgumentException.class);
    }
}
