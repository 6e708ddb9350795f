package com.printdesk.messaging;

import com.printdesk.shared.BusinessRuleViolation;

/** A message or subject the rules refuse; names the form field so pages show it next to it. */
public class InvalidMessage extends BusinessRuleViolation {

    private final String field;

    InvalidMessage(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
