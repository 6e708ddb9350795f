package com.printdesk.files;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Creates the four buckets at start-up when they are missing (unless {@code create-buckets=false}). */
@Component
class BucketsInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BucketsInitializer.class);
    private final S3Client s3;
    private final StorageProperties properties;

    BucketsInitializer(S3Client s3, StorageProperties properties) {
        this.s3 = s3;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.createBuckets()) {
            return;
        }
        for (Bucket bucket : Bucket.values()) {
            String name = bucket.nameIn(properties.buckets());
            if (!exists(name)) {
                create(name);
            }
        }
    }

    private boolean exists(String name) {
        try {
            s3.headBucket(b -> b.bucket(name));
            return true;
        }
        catch (NoSuchBucketException ex) {
            return false;
        }
        catch (S3Exception ex) {
            if (ex.statusCode() == 404) {
                return false;
            }
            throw ex;
        }
    }

    private void create(String name) {
        try {
            s3.createBucket(b -> b.bucket(name));
            log.info("Created storage bucket {}", name);
        }
        catch (BucketAlreadyOwnedByYouException ex) {
            // another instance created it a moment ago
        }
    }
}
