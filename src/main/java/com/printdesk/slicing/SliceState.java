package com.printdesk.slicing;

/** QUEUED → RUNNING → COMPLETED | FAILED; an estimate is COMPLETED at once. */
public enum SliceState {
    QUEUED, RUNNING, COMPLETED, FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
