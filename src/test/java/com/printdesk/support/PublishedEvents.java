package com.printdesk.support;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.event.EventListener;

/**
 * The application's own events as they are published, on whatever thread: Spring's
 * {@code ApplicationEvents} sees only the test's thread, but an event published by a module listener
 * (an invoice paid by the webhook's payment) happens on a listener thread. Keeps the latest 10,000.
 */
public class PublishedEvents {

    private static final int KEPT = 10_000;

    private final ConcurrentLinkedDeque<Object> events = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();

    @EventListener
    void on(Object event) {
        if (!event.getClass().getName().startsWith("com.printdesk.")) {
            return;
        }
        events.addLast(event);
        if (size.incrementAndGet() > KEPT) {
            events.pollFirst();
            size.decrementAndGet();
        }
    }

    public <T> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
