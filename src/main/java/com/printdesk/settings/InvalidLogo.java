package com.printdesk.settings;

/** A logo upload that is not a PNG or JPEG of at most 1 MB; nothing was stored. */
public class InvalidLogo extends RuntimeException {

    InvalidLogo(String message) {
        super(message);
    }
}
