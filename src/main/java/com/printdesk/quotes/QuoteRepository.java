package com.printdesk.quotes;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuoteRepository extends JpaRepository<Quote, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from Quote q where q.id = ?1")
    Optional<Quote> lock(long id);

    Optional<Quote> findByIdAndClientId(long id, long clientId);

    boolean existsByClientId(long clientId);

    @Query("""
            select new com.printdesk.quotes.QuoteRow(q.id, q.number, q.status, q.clientId, q.content.billToName,
                q.content.billToCompany, q.expiryDate, q.content.totalCents)
            from Quote q where q.clientId = ?1 and (?2 = true or q.status <> com.printdesk.quotes.QuoteStatus.DRAFT)
            order by q.createdAt desc, q.id desc
            """)
    List<QuoteRow> forClient(long clientId, boolean includeDrafts);
}
