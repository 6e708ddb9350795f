package com.printdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventSerializationTests {

    record Paid(long invoiceId, Money amount, Instant at) {
    }

    private final EventSerialization.HeldMapperSerializer serializer =
            new EventSerialization.HeldMapperSerializer(JsonMapper.builder().build());

    @Test
    void anEventReadsBackAsItWasWritten() {
        Paid paid = new Paid(7, Money.ofCents(11000), Instant.parse("2026-11-27T01:02:03Z"));

        Object json = serializer.serialize(paid);

        assertThat(serializer.deserialize(json, Paid.class)).isEqualTo(paid);
    }

    @Test
    void theSameEventForSeveralListenersIsWrittenOnceAndAnEqualButOtherEventAgain() {
        Paid paid = new Paid(7, Money.ofCents(11000), Instant.parse("2026-11-27T01:02:03Z"));
        Object first = serializer.serialize(paid);

        assertThat(serializer.serialize(paid)).isSameAs(first);
        Paid another = new Paid(8, Money.ofCents(500), Instant.parse("2026-11-27T01:02:04Z"));
        assertThat(serializer.deserialize(serializer.serialize(another), Paid.class)).isEqualTo(another);
        assertThat(serializer.serialize(paid)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void eachThreadKeepsItsOwnLastEvent() throws Exception {
        Paid paid = new Paid(7, Money.ofCents(11000), Instant.parse("2026-11-27T01:02:03Z"));
        Object mine = serializer.serialize(paid);
        Object[] theirs = new Object[1];
        Thread other = new Thread(() -> theirs[0] = serializer.serialize(paid));
        other.start();
        other.join();

        assertThat(theirs[0]).isNotSameAs(mine).isEqualTo(mine);
        assertThat(serializer.serialize(paid)).isSameAs(mine);
    }
}
