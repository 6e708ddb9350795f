package com.printdesk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageRulesTests {

    @Test
    void aBodyIsStoredWithPlainLineBreaksAndNoSurroundingBlankLines() {
        assertThat(MessageRules.body("\r\n  Hello\r\nthere\r\n\r\n")).isEqualTo("Hello\nthere");
    }

    @Test
    void fiveThousandCharactersAreAllowedAndOneMoreIsNot() {
        assertThat(MessageRules.body("é".repeat(5_000))).hasSize(5_000);
        assertThatThrownBy(() -> MessageRules.body("a".repeat(5_001))).isInstanceOf(InvalidMessage.class)
                .hasMessage("A message can be at most 5,000 characters; this one has 5,001.");
    }

    @Test
    void blankBodiesAndSubjectsAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> MessageRules.body(" \n\t ")).isInstanceOf(InvalidMessage.class)
                .extracting(ex -> ((InvalidMessage) ex).field()).isEqualTo("body");
        assertThatThrownBy(() -> MessageRules.body(null)).isInstanceOf(InvalidMessage.class);
        assertThatThrownBy(() -> MessageRules.subject("   ")).isInstanceOf(InvalidMessage.class)
                .extracting(ex -> ((InvalidMessage) ex).field()).isEqualTo("subject");
        assertThat(MessageRules.subject("  Order\n 42  ")).isEqualTo("Order 42");
    }
}
