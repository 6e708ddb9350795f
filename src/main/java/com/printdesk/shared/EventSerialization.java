package com.printdesk.shared;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * How events are written to the publication registry: JSON from the application's {@link JsonMapper},
 * as Spring Modulith's own serializer does, but with the mapper held rather than looked up in the
 * bean factory on every call, and each event written once rather than once per listener: the
 * registry stores one publication per listener and serialises the same event for each of them, back
 * to back on the publishing thread. Both were measurable shares of a Stripe webhook delivery
 * (docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

    @Bean
    EventSerializer eventSerializer(JsonMapper mapper) {
        return new HeldMapperSerializer(mapper);
    }

    static final class HeldMapperSerializer implements EventSerializer {

        private final JsonMapper mapper;
        /** The last event this thread wrote and its JSON; events are immutable records, compared by identity. */
        private final ThreadLocal<Written> last = new ThreadLocal<>();

        HeldMapperSerializer(JsonMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public Object serialize(Object event) {
            Written written = last.get();
            if (written != null && written.event() == event) {
                return written.json();
            }
            String json = mapper.writeValueAsString(event);
            last.set(new Written(event, json));
            return json;
        }

        @Override
        public <T> T deserialize(Object serialized, Class<T> type) {
            return mapper.readerFor(type).readValue(serialized.toString());
        }

        private record Written(Object event, String json) {
        }
    }
}
