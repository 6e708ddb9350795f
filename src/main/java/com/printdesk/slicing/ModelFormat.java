package com.printdesk.slicing;

/** The format an upload turned out to be, decided from its bytes (never from its name). */
public enum ModelFormat {
    STL_BINARY, STL_ASCII, THREE_MF
}
