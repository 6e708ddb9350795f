package com.printdesk.clients;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.NotFound;

/** The clients module's API: create, find, search and change clients. */
@Service
public class Clients {

    static final int EXPORT_BATCH = 500;

    private final ClientRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Clients(ClientRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a client; joins the caller's transaction (registration creates client and user together). */
    @Transactional
    public ClientSummary create(ContactDetails details) {
        return create(ClientDetails.of(details));
    }

    @Transactional
    public ClientSummary create(ClientDetails details) {
        ClientSummary client = repository.save(new Client(details, clock.instant())).summary();
        events.publishEvent(ClientCreated.of(client, clock.instant()));
        return client;
    }

    @Transactional(readOnly = true)
    public Optional<ClientSummary> find(long id) {
        return repository.findById(id).map(Client::summary);
    }

    /** The portal's own edit: contact details only; ABN, notes and terms are the bureau's to change. */
    @Transactional
    public ClientSummary changeContactDetails(long id, ContactDetails details) {
        Client client = repository.findById(id).orElseThrow(() -> new NotFound("Client"));
        client.change(details);
        ClientSummary changed = client.summary();
        events.publishEvent(ClientUpdated.of(changed, clock.instant()));
        return changed;
    }

    /**
     * Locks the client against a concurrent hard delete until the caller's transaction ends. Call it
     * in the transaction that creates a record referring to the client (see {@link ClientReferences}).
     *
     * @throws NotFound when there is no such client
     */
    @Transactional
    public ClientSummary lockForNewReference(long id) {
        return repository.lockShared(id).map(Client::summary).orElseThrow(() -> new NotFound("Client"));
    }

    /** One page of the matching clients, counted and sorted by the database; past the end, the last page. */
    @Transactional(readOnly = true)
    public Page<ClientSummary> search(ClientSearch search, int page, int size) {
        Page<Client> found = repository.findAll(ClientSpecifications.matching(search),
                PageRequest.of(Math.max(page, 0), size, search.order()));
        if (found.isEmpty() && found.getNumber() > 0 && found.getTotalPages() > 0) {
            found = repository.findAll(ClientSpecifications.matching(search),
                    PageRequest.of(found.getTotalPages() - 1, size, search.order()));
        }
        return found.map(Client::summary);
    }

    /**
     * Hands every matching client to the consumer in list order, {@value #EXPORT_BATCH} at a time, each
     * batch read in its own short transaction, so a long export neither holds all rows in memory nor
     * keeps a connection while the consumer writes. Rows added or removed meanwhile may be missed.
     */
    public void forEachMatching(ClientSearch search, Consumer<ClientSummary> consumer) {
        Slice<Client> slice;
        PageRequest batch = PageRequest.of(0, EXPORT_BATCH, search.order());
        do {
            PageRequest current = batch;
            slice = repository.findBy(ClientSpecifications.matching(search), query -> query.slice(current));
            slice.forEach(client -> consumer.accept(client.summary()));
            batch = batch.next();
        }
        while (slice.hasNext());
    }

    /** The newest clients first. */
    @Transactional(readOnly = true)
    public List<ClientSummary> recent(int limit) {
        return repository.findAll(PageRequest.of(0, limit, Sort.by("createdAt", "id").descending()))
                .map(Client::summary).getContent();
    }

    /** Active clients by name, for pickers. */
    @Transactional(readOnly = true)
    public java.util.List<ClientSummary> options() {
        return repository.findAll(org.springframework.data.domain.Sort.by("name", "id")).stream()
                .map(Client::summary).filter(client -> !client.archived()).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }
}
