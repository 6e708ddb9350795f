package com.printdesk.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    long countByRole(Role role);

    List<UserAccount> findByRoleOrderByDisplayNameAsc(Role role);

    Optional<UserAccount> findByClientId(long clientId);

    boolean existsByClientId(long clientId);

    /** Locks every active admin row, so two concurrent deactivations cannot both pass the "last admin" check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.role = com.printdesk.accounts.Role.ADMIN and u.active = true order by u.id")
    List<UserAccount> lockActiveAdmins();

    @Query("select u.active from UserAccount u where u.id = ?1")
    Optional<Boolean> isActive(long id);
}
