package com.printdesk.clients;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.NotFound;

/**
 * What the back office does to a client beyond creating it: edit everything (refusing an edit based
 * on an older version), archive, restore, and delete — for good only when nothing refers to the client.
 */
@Service
public class ClientAdministration {

    private final ClientRepository repository;
    private final List<ClientReferences> references;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientAdministration(ClientRepository repository, List<ClientReferences> references,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.references = references;
        this.events = events;
        this.clock = clock;
    }

    /** The edit form's starting point: the details and the version they were read at. */
    @Transactional(readOnly = true)
    public EditableClient editable(long id) {
        Client client = load(id);
        return new EditableClient(client.id(), client.details(), client.version());
    }

    /**
     * Saves the admin's edit.
     *
     * @param version the version the form was based on
     * @throws BusinessRuleViolation when someone changed the client since that version; nothing is saved
     */
    @Transactional
    public ClientSummary update(long id, ClientDetails details, long version) {
        Client client = load(id);
        if (client.version() != version) {
            throw changedMeanwhile();
        }
        client.change(details);
        try {
            repository.flush();
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            throw changedMeanwhile();
        }
        ClientSummary changed = client.summary();
        events.publishEvent(ClientUpdated.of(changed, clock.instant()));
        return changed;
    }

    @Transactional
    public ClientSummary archive(long id) {
        Client client = load(id);
        if (!client.archived()) {
            client.archive(clock.instant());
            events.publishEvent(ClientArchived.of(client.summary(), clock.instant()));
        }
        return client.summary();
    }

    @Transactional
    public ClientSummary unarchive(long id) {
        Client client = load(id);
        if (client.archived()) {
            client.unarchive();
            events.publishEvent(ClientUnarchived.of(client.summary(), clock.instant()));
        }
        return client.summary();
    }

    /**
     * Deletes the client when no module refers to it; otherwise archives it, because documents and
     * users must keep pointing at a real client. The row lock makes the check and the delete atomic
     * against modules that add a reference through {@link Clients#lockForNewReference(long)}.
     */
    @Transactional
    public Removal delete(long id) {
        Client client = repository.lockExclusive(id).orElseThrow(() -> new NotFound("Client"));
        ClientSummary summary = client.summary();
        if (references.stream().anyMatch(reference -> reference.isReferenced(id))) {
            return new Removal(false, archive(id));
        }
        repository.delete(client);
        events.publishEvent(ClientDeleted.of(summary, clock.instant()));
        return new Removal(true, summary);
    }

    private Client load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("Client"));
    }

    private static BusinessRuleViolation changedMeanwhile() {
        return new BusinessRuleViolation("Someone else changed this client while you were editing. "
                + "Reload the page to see their changes, then make yours again.");
    }

    /** What {@link #delete(long)} did: deleted the client, or archived it because something refers to it. */
    public record Removal(boolean deleted, ClientSummary client) {
    }

    /** A client as the edit form starts: its details and the version they were read at. */
    public record EditableClient(long id, ClientDetails details, long version) {
    }
}
