package com.printdesk.messaging;

import com.printdesk.shared.BusinessRuleViolation;

/** Too many messages from one user in the last minute (counted in the database, so across instances). */
public class MessageRateLimited extends BusinessRuleViolation {

    MessageRateLimited(int limit) {
        super("You have sent " + limit + " messages in the last minute. Please wait a moment, then send again.");
    }
}
