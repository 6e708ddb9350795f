package com.printdesk.invoices;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invoice i where i.id = ?1")
    Optional<Invoice> lock(long id);

    Optional<Invoice> findByIdAndClientId(long id, long clientId);

    /** The status once no payment or void of the invoice is in flight: waits for a transaction holding {@link #lock}. */
    @Query(value = "SELECT status FROM invoices WHERE id = ?1 FOR SHARE", nativeQuery = true)
    Optional<String> settledStatus(long id);

    Optional<Invoice> findByQuoteId(long quoteId);

    Optional<Invoice> findByShopAttemptId(long shopAttemptId);

    boolean existsByClientId(long clientId);

    @Query("""
            select new com.printdesk.invoices.InvoiceRow(i.id, i.number, i.status, i.clientId, i.content.billToName,
                i.content.billToCompany, i.issueDate, i.dueDate, i.content.totalCents, i.amountPaidCents,
                i.amountAdjustedCents, i.amountRefundedCents)
            from Invoice i where i.clientId = ?1 and i.status <> com.printdesk.invoices.InvoiceStatus.DRAFT
            order by i.issueDate desc, i.id desc
            """)
    List<InvoiceRow> issuedForClient(long clientId);

    @Query("""
            select new com.printdesk.invoices.InvoiceRow(i.id, i.number, i.status, i.clientId, i.content.billToName,
                i.content.billToCompany, i.issueDate, i.dueDate, i.content.totalCents, i.amountPaidCents,
                i.amountAdjustedCents, i.amountRefundedCents)
            from Invoice i where i.clientId = ?1 order by i.createdAt desc, i.id desc
            """)
    List<InvoiceRow> allForClient(long clientId);
}
