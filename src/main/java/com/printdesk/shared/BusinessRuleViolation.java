package com.printdesk.shared;

/**
 * A request that breaks a business rule (deactivating the last admin, paying a draft invoice...).
 * The message is shown to the user as it is, so it says what to do instead.
 */
public class BusinessRuleViolation extends RuntimeException {

    public BusinessRuleViolation(String message) {
        super(message);
    }
}
