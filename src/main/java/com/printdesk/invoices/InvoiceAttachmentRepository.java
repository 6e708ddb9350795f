package com.printdesk.invoices;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceAttachmentRepository extends JpaRepository<InvoiceAttachment, Long> {

    List<InvoiceAttachment> findByInvoiceIdOrderByCreatedAtAsc(long invoiceId);

    Optional<InvoiceAttachment> findByIdAndInvoiceId(long id, long invoiceId);
}
