package com.printdesk.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user. Portal controllers take {@code @AuthenticationPrincipal AccountPrincipal} and
 * scope every query by {@link #clientId()}.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final long userId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final Long clientId;
    private final boolean active;
    private String passwordHash;

    AccountPrincipal(long userId, String email, String displayName, Role role, Long clientId, boolean active,
            String passwordHash) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.clientId = clientId;
        this.active = active;
        this.passwordHash = passwordHash;
    }

    public long userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The client a CLIENT user belongs to. */
    public long clientId() {
        if (clientId == null) {
            throw new IllegalStateException("An " + role + " user has no client");
        }
        return clientId;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active && passwordHash != null;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + userId + ", " + role + "]";
    }
}
