package com.printdesk.files;

import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} component "storage": every bucket answers a HEAD. */
@Component
class StorageHealthIndicator extends AbstractHealthIndicator {

    private final S3Client s3;
    private final StorageProperties properties;

    StorageHealthIndicator(S3Client s3, StorageProperties properties) {
        super("Object storage is not reachable");
        this.s3 = s3;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        for (Bucket bucket : Bucket.values()) {
            s3.headBucket(b -> b.bucket(bucket.nameIn(properties.buckets())));
        }
        builder.up().withDetail("buckets", Bucket.values().length);
    }
}
