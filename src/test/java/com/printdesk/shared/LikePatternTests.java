package com.printdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTests {

    @Test
    void wildcardsAndTheEscapeCharacterAreSearchedForLiterally() {
        assertThat(LikePattern.containing(" 50%_off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
    }

    @Test
    void plainTextIsWrappedToMatchAnywhere() {
        assertThat(LikePattern.containing("INV-0001")).isEqualTo("%INV-0001%");
    }
}
