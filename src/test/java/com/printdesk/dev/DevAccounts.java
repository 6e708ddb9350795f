package com.printdesk.dev;

/** The accounts of the embedded dev run (also written in the README). Never used outside dev and tests. */
public final class DevAccounts {

    public static final String ADMIN_EMAIL = "admin@printdesk.local";
    public static final String ADMIN_PASSWORD = "printdesk-admin";
    public static final String CLIENT_EMAIL = "client@printdesk.local";
    public static final String CLIENT_PASSWORD = "printdesk-client";

    private DevAccounts() {
    }
}
