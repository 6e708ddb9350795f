package com.printdesk.accounts;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.printdesk.shared.BusinessRuleViolation;

/** A person who can sign in. Guards its own state: role and client never change after creation. */
@Entity
@Table(name = "users")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "client_id")
    private Long clientId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String email, String displayName, Role role, Long clientId, Instant now) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.role = role;
        this.clientId = clientId;
        this.active = true;
        this.createdAt = now;
    }

    static UserAccount admin(String email, String displayName, Instant now) {
        return new UserAccount(email, displayName, Role.ADMIN, null, now);
    }

    static UserAccount client(String email, String displayName, long clientId, Instant now) {
        return new UserAccount(email, displayName, Role.CLIENT, clientId, now);
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void changeEmail(String email) {
        this.email = normaliseEmail(email);
    }

    void rename(String displayName) {
        this.displayName = displayName.strip();
    }

    void deactivate(long activeAdmins) {
        if (role == Role.ADMIN && active && activeAdmins <= 1) {
            throw new BusinessRuleViolation("This is the last active administrator. Add or reactivate another "
                    + "administrator before deactivating this one.");
        }
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    AccountPrincipal principal() {
        return new AccountPrincipal(id, email, displayName, role, clientId, active, passwordHash);
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    Long clientId() {
        return clientId;
    }

    boolean active() {
        return active;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    Instant createdAt() {
        return createdAt;
    }
}
