package com.printdesk.settings;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.files.StorageKeys;
import com.printdesk.shared.BusinessRuleViolation;

/**
 * The settings module's API. Reads come from a snapshot cached for {@link #TTL} (so a change made on
 * another instance shows within seconds) and dropped at once when this instance saves a change.
 */
@Service
public class Settings {

    static final Duration TTL = Duration.ofSeconds(15);

    private final BusinessSettingsRepository repository;
    private final Storage storage;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    Settings(BusinessSettingsRepository repository, Storage storage, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.storage = storage;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public BusinessProfile current() {
        Instant now = clock.instant();
        Cached cached = cache.get();
        if (cached == null || cached.loadedAt().plus(TTL).isBefore(now)) {
            cached = new Cached(transactions.execute(status -> load().profile()), now);
            cache.set(cached);
        }
        return cached.profile();
    }

    /** Saves the page; refuses a form based on an older version (another admin saved in between). */
    @Transactional
    public BusinessProfile update(SettingsForm form) {
        BusinessSettings settings = load();
        if (settings.version() != form.version()) {
            throw new BusinessRuleViolation("Someone else saved the settings while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        settings.change(form, clock.instant());
        try {
            repository.flush();
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            throw new BusinessRuleViolation("Someone else saved the settings at the same moment. Reload and try again.");
        }
        changed(settings, "Business settings saved");
        return settings.profile();
    }

    /**
     * Stores a new logo (PNG or JPEG, at most 1 MB, judged by its bytes). The object is written first
     * and removed again if the database update fails; the replaced logo is deleted after commit.
     */
    public void replaceLogo(String originalName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidLogo("Choose an image file to upload");
        }
        if (bytes.length > LogoImage.MAX_BYTES) {
            throw new InvalidLogo("The logo is larger than 1 MB. Use a smaller PNG or JPEG.");
        }
        String contentType = LogoImage.sniff(bytes)
                .orElseThrow(() -> new InvalidLogo("The logo must be a PNG or JPEG image."));
        String key = StorageKeys.branding(originalName == null || originalName.isBlank() ? "logo" : originalName);
        storage.put(Bucket.ATTACHMENTS, key, new ByteArrayInputStream(bytes), bytes.length, contentType);
        try {
            transactions.executeWithoutResult(status -> {
                BusinessSettings settings = load();
                String previous = settings.replaceLogo(key, contentType, clock.instant());
                if (previous != null) {
                    storage.deleteAfterCommit(Bucket.ATTACHMENTS, previous);
                }
                changed(settings, "Logo replaced");
            });
        }
        catch (RuntimeException ex) {
            storage.delete(Bucket.ATTACHMENTS, key);
            throw ex;
        }
    }

    @Transactional
    public void removeLogo() {
        BusinessSettings settings = load();
        String previous = settings.replaceLogo(null, null, clock.instant());
        if (previous != null) {
            storage.deleteAfterCommit(Bucket.ATTACHMENTS, previous);
            changed(settings, "Logo removed");
        }
    }

    /** The logo's bytes and type, for the header and documents. */
    @Transactional(readOnly = true)
    public java.util.Optional<Logo> logo() {
        BusinessSettings settings = load();
        if (settings.logoKey() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Logo(storage.getBytes(Bucket.ATTACHMENTS, settings.logoKey()),
                settings.logoContentType(), settings.logoKey()));
    }

    private BusinessSettings load() {
        return repository.findById(BusinessSettings.ID)
                .orElseThrow(() -> new IllegalStateException("business_settings has no row; run the migrations"));
    }

    private void changed(BusinessSettings settings, String summary) {
        events.publishEvent(new BusinessSettingsChanged(java.util.UUID.randomUUID(), com.printdesk.shared.Actors.current(),
                summary, settings.version(), clock.instant()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                cache.set(null);
            }
        });
    }

    public record Logo(byte[] bytes, String contentType, String key) {
    }

    private record Cached(BusinessProfile profile, Instant loadedAt) {
    }
}
