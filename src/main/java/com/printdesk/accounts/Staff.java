package com.printdesk.accounts;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.NotFound;

/** The bureau's administrators: add one (with a one-time set-password link), deactivate, reactivate. */
@Service
public class Staff {

    private final UserAccounts users;
    private final PasswordTokens tokens;
    private final PersistentTokenRepository rememberMeTokens;
    private final Clock clock;
    private final AccountMails mails;

    Staff(UserAccounts users, PasswordTokens tokens, PersistentTokenRepository rememberMeTokens, Clock clock,
            AccountMails mails) {
        this.mails = mails;
        this.users = users;
        this.tokens = tokens;
        this.rememberMeTokens = rememberMeTokens;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffMember> list() {
        return users.findByRoleOrderByDisplayNameAsc(Role.ADMIN).stream().map(StaffMember::of).toList();
    }

    /** Adds an administrator without a password and returns the one-time token for the set-password link. */
    @Transactional
    public NewStaffMember add(String email, String displayName) {
        String normalised = UserAccount.normaliseEmail(email);
        if (users.existsByEmail(normalised)) {
            throw new EmailAlreadyRegistered();
        }
        try {
            UserAccount admin = users.saveAndFlush(UserAccount.admin(normalised, displayName, clock.instant()));
            String token = tokens.issueSetPassword(admin.id());
            mails.staffInvitation(admin.email(), admin.displayName(), token);
            return new NewStaffMember(StaffMember.of(admin), token);
        }
        catch (DataIntegrityViolationException ex) {
            throw new EmailAlreadyRegistered();
        }
    }

    /** A fresh set-password link for an administrator who has not set a password yet (or lost the link). */
    @Transactional
    public String newSetPasswordToken(long adminId) {
        UserAccount admin = admin(adminId);
        String token = tokens.issueSetPassword(admin.id());
        mails.staffInvitation(admin.email(), admin.displayName(), token);
        return token;
    }

    /** Deactivates an administrator; never the last active one, even when two admins try at once. */
    @Transactional
    public void deactivate(long adminId) {
        List<UserAccount> activeAdmins = users.lockActiveAdmins();
        UserAccount admin = admin(adminId);
        admin.deactivate(activeAdmins.size());
        rememberMeTokens.removeUserTokens(admin.email());
    }

    @Transactional
    public void reactivate(long adminId) {
        admin(adminId).reactivate();
    }

    private UserAccount admin(long id) {
        return users.findById(id).filter(u -> u.role() == Role.ADMIN).orElseThrow(() -> new NotFound("Administrator"));
    }

    public record NewStaffMember(StaffMember member, String setPasswordToken) {
    }
}
