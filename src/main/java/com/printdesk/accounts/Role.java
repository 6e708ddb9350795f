package com.printdesk.accounts;

/** What a user may do: run the bureau (ADMIN) or use the portal of their own client (CLIENT). */
public enum Role {
    ADMIN, CLIENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
