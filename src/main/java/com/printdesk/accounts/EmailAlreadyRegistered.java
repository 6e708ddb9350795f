package com.printdesk.accounts;

/** Someone already signs in with this email; forms show it on the email field. */
public class EmailAlreadyRegistered extends RuntimeException {

    public EmailAlreadyRegistered() {
        super("An account with this email already exists. Sign in, or use another email.");
    }
}
