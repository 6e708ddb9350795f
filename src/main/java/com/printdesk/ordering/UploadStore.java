package com.printdesk.ordering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.files.StorageKeys;
import com.printdesk.slicing.ModelAnalysis;
import com.printdesk.slicing.ModelFormat;
import com.printdesk.slicing.ModelObject;

/**
 * Puts analysed uploads into the {@code tmp} bucket (the original and its normalised STLs side by side
 * under one {@code {userId}/{uuid}/} prefix) and records them in one transaction. Objects go first: if
 * a put or the insert fails, the objects already put are deleted at once, as no committed row refers
 * to them.
 */
@Component
class UploadStore {

    private static final Logger log = LoggerFactory.getLogger(UploadStore.class);

    private final Storage storage;
    private final TmpFiles tmpFiles;
    private final TransactionTemplate transaction;

    UploadStore(Storage storage, TmpFiles tmpFiles, TransactionTemplate transaction) {
        this.storage = storage;
        this.tmpFiles = tmpFiles;
        this.transaction = transaction;
    }

    List<UploadedFile> store(long userId, long clientId, List<QuickOrderUploads.Analysed> files, Instant now) {
        List<String> put = new ArrayList<>();
        try {
            List<UploadedFile> unsaved = new ArrayList<>();
            for (QuickOrderUploads.Analysed file : files) {
                unsaved.add(putObjects(userId, clientId, file, put));
            }
            return transaction.execute(status -> unsaved.stream().map(file -> withId(file, tmpFiles.insert(file, now)))
                    .toList());
        }
        catch (RuntimeException ex) {
            put.forEach(this::deleteQuietly);
            throw ex;
        }
    }

    private UploadedFile putObjects(long userId, long clientId, QuickOrderUploads.Analysed file, List<String> put) {
        String key = StorageKeys.tmpUpload(userId, file.name());
        putFile(key, file.original().path(), contentType(file.analysis().format()), put);
        String folder = key.substring(0, key.lastIndexOf('/') + 1);
        List<String> meshKeys = new ArrayList<>();
        List<ModelObject> objects = file.analysis().objects();
        for (int i = 0; i < objects.size(); i++) {
            String meshKey = folder + "normalised/" + (i + 1) + ".stl";
            putFile(meshKey, objects.get(i).stl(), "model/stl", put);
            meshKeys.add(meshKey);
        }
        ModelAnalysis analysis = file.analysis();
        return new UploadedFile(0, userId, clientId, key, meshKeys, file.name(), file.original().size(),
                file.original().sha256(), analysis.format().name(), analysis.triangles(), objects.size(),
                analysis.bounds(), analysis.volumeMm3(), analysis.surfaceAreaMm2(), analysis.watertight(),
                analysis.warnings(), analysis.unitSuggestion().orElse(null));
    }

    private void putFile(String key, Path path, String contentType, List<String> put) {
        try (InputStream in = Files.newInputStream(path)) {
            // recorded before the put: a put that fails half-way may still have left an object
            put.add(key);
            storage.put(Bucket.TMP, key, in, Files.size(path), contentType);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(Bucket.TMP, key);
        }
        catch (RuntimeException ex) {
            // the tmp cleaner removes unclaimed objects later
            log.warn("Could not remove tmp object {} of a refused upload", key, ex);
        }
    }

    private static UploadedFile withId(UploadedFile f, long id) {
        return new UploadedFile(id, f.ownerUserId(), f.clientId(), f.storageKey(), f.meshKeys(), f.originalName(),
                f.sizeBytes(), f.sha256(), f.format(), f.triangles(), f.objects(), f.bounds(), f.volumeMm3(),
                f.surfaceAreaMm2(), f.watertight(), f.warnings(), f.unitSuggestion());
    }

    private static String contentType(ModelFormat format) {
        return format == ModelFormat.THREE_MF ? "model/3mf" : "model/stl";
    }
}
