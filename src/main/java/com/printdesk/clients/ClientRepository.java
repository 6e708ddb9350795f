package com.printdesk.clients;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long>, JpaSpecificationExecutor<Client> {

    /** FOR SHARE: many modules may add references at once, but not while the client is being deleted. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select c from Client c where c.id = ?1")
    Optional<Client> lockShared(long id);

    /** Taken by a hard delete, so no reference can be added between its check and its DELETE. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Client c where c.id = ?1")
    Optional<Client> lockExclusive(long id);
}
