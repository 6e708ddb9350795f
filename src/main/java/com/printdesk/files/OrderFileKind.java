package com.printdesk.files;

/** What an order file is: the client's model, or the G-code the bureau prints (never shown to the client). */
public enum OrderFileKind {
    MODEL, GCODE
}
