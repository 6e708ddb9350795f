package com.printdesk.slicing.geometry;

/** Thrown deep inside a reader, which does not know the file's name; becomes a ModelRejected. */
final class Rejection extends RuntimeException {

    Rejection(String reason) {
        super(reason, null, false, false);
    }

    Rejection(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
