package com.printdesk.invoices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.invoices.InvoiceEvents.InvoiceDeleted;
import com.printdesk.invoices.InvoiceEvents.InvoiceDrafted;
import com.printdesk.invoices.InvoiceEvents.InvoiceIssued;
import com.printdesk.invoices.InvoiceEvents.InvoiceUpdated;
import com.printdesk.invoices.InvoiceEvents.InvoiceVoided;
import com.printdesk.invoices.InvoiceEvents.InvoiceWrittenOff;
import com.printdesk.settings.BusinessProfile;
import com.printdesk.settings.DocumentKind;
import com.printdesk.settings.DocumentNumbers;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Actors;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;
import com.printdesk.shared.NotFound;

/** The invoices module's API: the life of an invoice from draft to void, and its reads. */
@Service
public class Invoices {

    private final InvoiceRepository repository;
    private final InvoiceAttachmentRepository attachments;
    private final DocumentNumbers numbers;
    private final Settings settings;
    private final BillToDefaults billTo;
    private final Storage storage;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InvoiceListQuery listQuery;

    Invoices(InvoiceListQuery listQuery, InvoiceRepository repository, InvoiceAttachmentRepository attachments, DocumentNumbers numbers,
            Settings settings, BillToDefaults billTo, Storage storage, ApplicationEventPublisher events, Clock clock) {
        this.listQuery = listQuery;
        this.repository = repository;
        this.attachments = attachments;
        this.numbers = numbers;
        this.settings = settings;
        this.billTo = billTo;
        this.storage = storage;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long createDraft(InvoiceDraft draft) {
        billTo.requireActiveClient(draft.clientId());
        Invoice invoice = repository.save(new Invoice(draft, settings.current().gstRegistered(), null, clock.instant()));
        events.publishEvent(new InvoiceDrafted(UUID.randomUUID(), Actors.current(), invoice.id(), invoice.clientId(),
                "Draft invoice created for " + draft.details().billTo().name(), clock.instant()));
        return invoice.id();
    }

    /**
     * The invoice of a converted quote: created once; asked again (even concurrently, the caller
     * holding the quote's row lock) it returns the same invoice. Runs in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long createFromQuote(long quoteId, String quoteNumber, InvoiceDraft draft) {
        return repository.findByQuoteId(quoteId).map(Invoice::id).orElseGet(() -> {
            Invoice invoice = repository.save(new Invoice(draft, settings.current().gstRegistered(), quoteId,
                    clock.instant()));
            events.publishEvent(new InvoiceDrafted(UUID.randomUUID(), Actors.current(), invoice.id(),
                    invoice.clientId(), "Draft invoice created from quote " + quoteNumber, clock.instant()));
            return invoice.id();
        });
    }

    @Transactional
    public void updateDraft(long id, InvoiceDraft draft, long expectedVersion) {
        Invoice invoice = repository.lock(id).orElseThrow(() -> new NotFound("Invoice"));
        if (invoice.version() != expectedVersion) {
            throw new BusinessRuleViolation("Someone else changed this invoice while you were editing. "
                    + "Reload it to see their changes, then make yours again.");
        }
        invoice.change(draft, settings.current().gstRegistered());
        events.publishEvent(new InvoiceUpdated(UUID.randomUUID(), Actors.current(), id, invoice.clientId(),
                "Draft invoice edited", clock.instant()));
    }

    /** Issues a draft: number, dates, frozen content. Issuing an already issued invoice changes nothing. */
    @Transactional
    public InvoiceView issue(long id) {
        Invoice invoice = repository.lock(id).orElseThrow(() -> new NotFound("Invoice"));
        BusinessProfile business = settings.current();
        LocalDate today = today(business);
        if (!invoice.isDraft()) {
            return InvoiceView.of(invoice, today);
        }
        int terms = billTo.paymentTermsDays(invoice.clientId(), business.paymentTermsDays());
        invoice.issue(numbers.next(DocumentKind.INVOICE), today, terms, business.gstRegistered(), clock.instant());
        events.publishEvent(new InvoiceIssued(UUID.randomUUID(), Actors.current(), id, invoice.clientId(),
                invoice.number(), invoice.content().total(), "Invoice " + invoice.number() + " issued to "
                        + invoice.content().billTo().name() + " for " + invoice.content().total(), clock.instant()));
        return InvoiceView.of(invoice, today);
    }

    @Transactional
    public void voidInvoice(long id, String reason) {
        Invoice invoice = repository.lock(id).orElseThrow(() -> new NotFound("Invoice"));
        invoice.voidWith(reason);
        events.publishEvent(new InvoiceVoided(UUID.randomUUID(), Actors.current(), id, invoice.clientId(),
                invoice.voidReason(), "Invoice " + invoice.number() + " voided: " + invoice.voidReason(),
                clock.instant()));
    }

    /** Voids the invoice and starts a new draft with the same content, to correct and issue again. */
    @Transactional
    public long voidAndReissue(long id, String reason) {
        voidInvoice(id, reason);
        Invoice original = repository.getReferenceById(id);
        Invoice copy = new Invoice(original.copy(), settings.current().gstRegistered(), null, clock.instant());
        copy.replaces(id);
        long copyId = repository.save(copy).id();
        events.publishEvent(new InvoiceDrafted(UUID.randomUUID(), Actors.current(), copyId, copy.clientId(),
                "Draft invoice created to replace " + original.number(), clock.instant()));
        return copyId;
    }

    @Transactional
    public void writeOff(long id, String reason) {
        Invoice invoice = repository.lock(id).orElseThrow(() -> new NotFound("Invoice"));
        Money balance = invoice.balance();
        invoice.writeOff(reason);
        events.publishEvent(new InvoiceWrittenOff(UUID.randomUUID(), Actors.current(), id, invoice.clientId(),
                invoice.writtenOffReason(), "Invoice " + invoice.number() + ": " + balance + " written off: "
                        + invoice.writtenOffReason(), clock.instant()));
    }

    /**
     * Deletes a draft with its lines, attachments and PDFs. Stored objects are removed by a retried
     * task after this transaction commits, so an unreachable object store never fails the delete.
     */
    @Transactional
    public void deleteDraft(long id) {
        Invoice invoice = repository.lock(id).orElseThrow(() -> new NotFound("Invoice"));
        if (!invoice.isDraft()) {
            throw new BusinessRuleViolation("Only drafts can be deleted; void an issued invoice instead");
        }
        attachments.findByInvoiceIdOrderByCreatedAtAsc(id)
                .forEach(attachment -> storage.deleteAfterCommit(Bucket.ATTACHMENTS, attachment.storageKey()));
        if (invoice.pdfKey() != null) {
            storage.deleteAfterCommit(Bucket.PDFS, invoice.pdfKey());
        }
        repository.delete(invoice);
        events.publishEvent(new InvoiceDeleted(UUID.randomUUID(), Actors.current(), id, invoice.clientId(),
                "Draft invoice #" + id + " deleted", clock.instant()));
    }

    @Transactional(readOnly = true)
    public InvoiceView view(long id) {
        return find(id).orElseThrow(() -> new NotFound("Invoice"));
    }

    /**
     * Whether the invoice still takes payments, read after any transaction paying or voiding it (which
     * holds its row lock) has finished.
     */
    @Transactional
    public boolean stillOpen(long id) {
        return repository.settledStatus(id).map(InvoiceStatus::valueOf).filter(InvoiceStatus::isOpen).isPresent();
    }

    /** The invoice, or empty when there is none with this ID (an event may name one that never existed). */
    @Transactional(readOnly = true)
    public Optional<InvoiceView> find(long id) {
        return repository.findById(id).map(invoice -> InvoiceView.of(invoice, today(settings.current())));
    }

    /** A client's own issued invoice; anything else (another client's, a draft) is not found. */
    @Transactional(readOnly = true)
    public InvoiceView viewForClient(long id, long clientId) {
        return repository.findByIdAndClientId(id, clientId).filter(invoice -> !invoice.isDraft())
                .map(invoice -> InvoiceView.of(invoice, today(settings.current())))
                .orElseThrow(() -> new NotFound("Invoice"));
    }

    @Transactional(readOnly = true)
    public Page<InvoiceSummary> search(InvoiceFilter filter, Pageable pageable) {
        LocalDate today = today(settings.current());
        return listQuery.search(filter, today, pageable).map(row -> row.summary(today));
    }

    @Transactional(readOnly = true)
    public List<InvoiceSummary> forClient(long clientId, boolean includeDrafts) {
        LocalDate today = today(settings.current());
        List<InvoiceRow> rows = includeDrafts ? repository.allForClient(clientId) : repository.issuedForClient(clientId);
        return rows.stream().map(row -> row.summary(today)).toList();
    }

    @Transactional(readOnly = true)
    public Money outstanding(long clientId) {
        return forClient(clientId, false).stream().map(InvoiceSummary::balance).reduce(Money.ZERO, Money::plus);
    }

    /** Today in the business time zone. */
    public LocalDate today() {
        return today(settings.current());
    }

    LocalDate today(BusinessProfile business) {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }
}
