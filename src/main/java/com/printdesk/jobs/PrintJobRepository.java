package com.printdesk.jobs;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PrintJobRepository extends JpaRepository<PrintJob, Long> {

    /** The row lock makes "check the version, then change" one step, so of two admins only one wins. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from PrintJob j where j.id = ?1")
    Optional<PrintJob> lock(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from PrintJob j where j.invoiceId = ?1 order by j.id")
    List<PrintJob> lockForInvoice(long invoiceId);
}
