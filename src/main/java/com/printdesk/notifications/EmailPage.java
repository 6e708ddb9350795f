package com.printdesk.notifications;

import java.util.List;

/** A page of the admin's outbox list. */
public record EmailPage(List<OutboxEmail> emails, int number, long total, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
