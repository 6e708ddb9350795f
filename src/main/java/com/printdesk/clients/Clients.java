package com.printdesk.clients;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clients module's API: create, read and update clients. */
@Service
public class Clients {

    private final ClientRepository repository;
    private final Clock clock;

    Clients(ClientRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Creates a client; joins the caller's transaction (registration creates client and user together). */
    @Transactional
    public ClientSummary create(ContactDetails details) {
        return repository.save(new Client(details, clock.instant())).summary();
    }

    @Transactional(readOnly = true)
    public Optional<ClientSummary> find(long id) {
        return repository.findById(id).map(Client::summary);
    }

    @Transactional
    public ClientSummary changeContactDetails(long id, ContactDetails details) {
        Client client = repository.findById(id).orElseThrow(() -> new com.printdesk.shared.NotFound("Client"));
        client.change(details);
        return client.summary();
    }

    /** The newest clients first. */
    @Transactional(readOnly = true)
    public java.util.List<ClientSummary> recent(int limit) {
        return repository.findAll(org.springframework.data.domain.PageRequest.of(0, limit,
                org.springframework.data.domain.Sort.by("createdAt").descending().and(
                        org.springframework.data.domain.Sort.by("id").descending())))
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
