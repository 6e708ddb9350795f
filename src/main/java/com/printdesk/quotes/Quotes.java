package com.printdesk.quotes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.invoices.BillToDefaults;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.Invoices;
import com.printdesk.quotes.QuoteEvents.QuoteAccepted;
import com.printdesk.quotes.QuoteEvents.QuoteChanged;
import com.printdesk.quotes.QuoteEvents.QuoteConverted;
import com.printdesk.settings.BusinessProfile;
import com.printdesk.settings.DocumentKind;
import com.printdesk.settings.DocumentNumbers;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Actors;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.NotFound;

/** The quotes module's API: drafting, sending, the client's answer, duplicating and converting to an invoice. */
@Service
public class Quotes {

    private final QuoteRepository repository;
    private final Invoices invoices;
    private final BillToDefaults billTo;
    private final DocumentNumbers numbers;
    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final QuoteListQuery listQuery;

    Quotes(QuoteListQuery listQuery, QuoteRepository repository, Invoices invoices, BillToDefaults billTo, DocumentNumbers numbers, Settings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.listQuery = listQuery;
        this.repository = repository;
        this.invoices = invoices;
        this.billTo = billTo;
        this.numbers = numbers;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft; without an expiry date it is valid for the quote validity days in settings. */
    @Transactional
    public long createDraft(long clientId, DocumentDetails details, LocalDate expiryDate) {
        billTo.requireActiveClient(clientId);
        BusinessProfile business = settings.current();
        LocalDate expiry = expiryDate != null ? expiryDate : today(business).plusDays(business.pricing().quoteValidityDays());
        Quote quote = repository.save(new Quote(clientId, details, expiry, business.gstRegistered(), clock.instant()));
        changed(quote, "created", "Draft quote created for " + details.billTo().name());
        return quote.id();
    }

    @Transactional
    public void updateDraft(long id, DocumentDetails details, LocalDate expiryDate, long expectedVersion) {
        Quote quote = repository.lock(id).orElseThrow(() -> new NotFound("Quote"));
        if (quote.version() != expectedVersion) {
            throw new BusinessRuleViolation("Someone else changed this quote while you were editing. Reload it first.");
        }
        quote.change(details, expiryDate != null ? expiryDate : quote.expiryDate(), settings.current().gstRegistered());
        changed(quote, "updated", "Draft quote edited");
    }

    /** Marks the quote as sent (by hand until email arrives): it is numbered and the client can answer. */
    @Transactional
    public QuoteView markSent(long id) {
        Quote quote = repository.lock(id).orElseThrow(() -> new NotFound("Quote"));
        quote.send(numbers.next(DocumentKind.QUOTE), clock.instant());
        changed(quote, "sent", "Quote " + quote.number() + " sent for " + quote.content().total());
        return QuoteView.of(quote, today(settings.current()));
    }

    /** The client's acceptance (or an admin's on their behalf). */
    @Transactional
    public void accept(long id, Long asClientId) {
        Quote quote = lockFor(id, asClientId);
        quote.accept(today(settings.current()), clock.instant());
        changed(quote, "accepted", "Quote " + quote.number() + " accepted");
        events.publishEvent(new QuoteAccepted(UUID.randomUUID(), id, quote.clientId(), quote.number(), clock.instant()));
    }

    @Transactional
    public void decline(long id, Long asClientId) {
        Quote quote = lockFor(id, asClientId);
        quote.decline(today(settings.current()), clock.instant());
        changed(quote, "declined", "Quote " + quote.number() + " declined");
    }

    /** A new draft with the same lines and words, valid from today. */
    @Transactional
    public long duplicate(long id) {
        Quote original = repository.findById(id).orElseThrow(() -> new NotFound("Quote"));
        long copy = createDraft(original.clientId(), original.details(), null);
        changed(original, "duplicated", "Quote " + QuoteView.of(original, today(settings.current())).reference()
                + " duplicated as draft #" + copy);
        return copy;
    }

    /**
     * Turns a sent or accepted quote into a draft invoice, exactly once: the quote row is locked, so a
     * second attempt (even concurrent) waits and then gets the invoice the first one created.
     */
    @Transactional
    public long convertToInvoice(long id) {
        Quote quote = repository.lock(id).orElseThrow(() -> new NotFound("Quote"));
        if (quote.status() == QuoteStatus.CONVERTED) {
            return quote.invoiceId();
        }
        long invoiceId = invoices.createFromQuote(id, quote.number(), new InvoiceDraft(quote.clientId(), quote.details()));
        quote.converted(invoiceId);
        changed(quote, "converted", "Quote " + quote.number() + " converted to an invoice");
        events.publishEvent(new QuoteConverted(UUID.randomUUID(), id, invoiceId, clock.instant()));
        return invoiceId;
    }

    @Transactional
    public void deleteDraft(long id) {
        Quote quote = repository.lock(id).orElseThrow(() -> new NotFound("Quote"));
        if (quote.status() != QuoteStatus.DRAFT) {
            throw new BusinessRuleViolation("Only draft quotes can be deleted");
        }
        repository.delete(quote);
        changed(quote, "deleted", "Draft quote #" + id + " deleted");
    }

    @Transactional(readOnly = true)
    public QuoteView view(long id) {
        return repository.findById(id).map(quote -> QuoteView.of(quote, today(settings.current())))
                .orElseThrow(() -> new NotFound("Quote"));
    }

    /** A client's own sent quote; drafts and other clients' quotes are not found. */
    @Transactional(readOnly = true)
    public QuoteView viewForClient(long id, long clientId) {
        return repository.findByIdAndClientId(id, clientId).filter(quote -> quote.status() != QuoteStatus.DRAFT)
                .map(quote -> QuoteView.of(quote, today(settings.current())))
                .orElseThrow(() -> new NotFound("Quote"));
    }

    @Transactional(readOnly = true)
    public Page<QuoteSummary> search(QuoteStatus status, String search, Pageable pageable) {
        LocalDate today = today(settings.current());
        return listQuery.search(status, search, pageable).map(row -> row.summary(today));
    }

    @Transactional(readOnly = true)
    public List<QuoteSummary> forClient(long clientId, boolean includeDrafts) {
        LocalDate today = today(settings.current());
        return repository.forClient(clientId, includeDrafts).stream().map(row -> row.summary(today)).toList();
    }

    private Quote lockFor(long id, Long asClientId) {
        Quote quote = repository.lock(id).orElseThrow(() -> new NotFound("Quote"));
        if (asClientId != null && (quote.clientId() != asClientId || quote.status() == QuoteStatus.DRAFT)) {
            throw new NotFound("Quote");
        }
        return quote;
    }

    private void changed(Quote quote, String action, String summary) {
        events.publishEvent(new QuoteChanged(UUID.randomUUID(), Actors.current(), action, quote.id(), quote.clientId(),
                summary, clock.instant()));
    }

    private LocalDate today(BusinessProfile business) {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }

}
