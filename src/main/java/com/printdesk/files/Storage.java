package com.printdesk.files;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.stereotype.Service;

/**
 * The one storage client of PrintDesk. Objects are written streaming with a known length, read as
 * streams, listed by prefix and handed to browsers as short-lived presigned URLs.
 *
 * <p>Deleting an object that a database row points to goes through {@link #deleteAfterCommit}: the
 * delete is a retried background task scheduled in the caller's transaction, so a rollback keeps
 * the object and a commit never leaves it orphaned.
 */
@Service
public class Storage {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final StorageProperties properties;
    private final SchedulerClient scheduler;
    private final Clock clock;

    Storage(S3Client s3, S3Presigner presigner, StorageProperties properties, SchedulerClient scheduler,
            Clock clock) {
        this.clock = clock;
        this.s3 = s3;
        this.presigner = presigner;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    /** Streams {@code length} bytes from {@code content} into the object; the caller closes the stream. */
    public StoredObject put(Bucket bucket, String key, InputStream content, long length, String contentType) {
        Objects.requireNonNull(contentType, "contentType");
        s3.putObject(b -> b.bucket(name(bucket)).key(key).contentType(contentType).contentLength(length),
                RequestBody.fromInputStream(content, length));
        return new StoredObject(key, length, contentType);
    }

    public StoredObject put(Bucket bucket, String key, byte[] content, String contentType) {
        s3.putObject(b -> b.bucket(name(bucket)).key(key).contentType(contentType), RequestBody.fromBytes(content));
        return new StoredObject(key, content.length, contentType);
    }

    /** Opens the object for reading; the caller closes the stream. */
    public InputStream get(Bucket bucket, String key) {
        try {
            return s3.getObject(GetObjectRequest.builder().bucket(name(bucket)).key(key).build());
        }
        catch (NoSuchKeyException ex) {
            throw new ObjectNotFound(bucket, key);
        }
    }

    public byte[] getBytes(Bucket bucket, String key) {
        try {
            return s3.getObjectAsBytes(b -> b.bucket(name(bucket)).key(key)).asByteArray();
        }
        catch (NoSuchKeyException ex) {
            throw new ObjectNotFound(bucket, key);
        }
    }

    public boolean exists(Bucket bucket, String key) {
        try {
            s3.headObject(b -> b.bucket(name(bucket)).key(key));
            return true;
        }
        catch (NoSuchKeyException ex) {
            return false;
        }
        catch (S3Exception ex) {
            if (ex.statusCode() == 404) {
                return false;
            }
            throw ex;
        }
    }

    public StoredObject describe(Bucket bucket, String key) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(name(bucket)).key(key));
            return new StoredObject(key, head.contentLength(), head.contentType());
        }
        catch (NoSuchKeyException ex) {
            throw new ObjectNotFound(bucket, key);
        }
    }

    /** Deletes now. Use only for objects no committed row refers to; otherwise {@link #deleteAfterCommit}. */
    public void delete(Bucket bucket, String key) {
        s3.deleteObject(b -> b.bucket(name(bucket)).key(key));
    }

    /**
     * Schedules the delete in the current transaction: it runs (with retries) once the transaction
     * has committed and never if it rolls back.
     */
    public void deleteAfterCommit(Bucket bucket, String key) {
        scheduler.schedule(DeleteStoredObjectTask.TASK.instance(UUID.randomUUID().toString())
                .data(new ObjectRef(bucket, key))
                .scheduledTo(clock.instant()));
    }

    /** Every object whose key starts with {@code prefix}, in key order. */
    public List<StoredObject> list(Bucket bucket, String prefix) {
        List<StoredObject> objects = new ArrayList<>();
        ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(name(bucket)).prefix(prefix).build();
        s3.listObjectsV2Paginator(request).contents()
                .forEach(o -> objects.add(new StoredObject(o.key(), o.size(), null)));
        return objects;
    }

    /** A GET URL for the browser, valid for the configured time (5 minutes by default). */
    public URI presignedGet(Bucket bucket, String key, String downloadName) {
        return presignedGet(bucket, key, downloadName, properties.presignedUrlTtl());
    }

    public URI presignedGet(Bucket bucket, String key, String downloadName, Duration validFor) {
        String disposition = "attachment; filename=\"" + FileNames.sanitise(downloadName) + "\"";
        var presigned = presigner.presignGetObject(p -> p.signatureDuration(validFor)
                .getObjectRequest(g -> g.bucket(name(bucket)).key(key).responseContentDisposition(disposition)));
        return URI.create(presigned.url().toString());
    }

    String name(Bucket bucket) {
        return bucket.nameIn(properties.buckets());
    }

    /** An object's address, the payload of the delete task. */
    record ObjectRef(Bucket bucket, String key) implements java.io.Serializable {
    }

    public static class ObjectNotFound extends RuntimeException {

        ObjectNotFound(Bucket bucket, String key) {
            super("No object " + key + " in bucket " + bucket);
        }
    }
}
