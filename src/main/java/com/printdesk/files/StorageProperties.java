package com.printdesk.files;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Object storage over the S3 API ({@code printdesk.storage.*}, set from {@code S3_*}).
 *
 * @param endpoint what the application talks to ({@code S3_ENDPOINT})
 * @param publicEndpoint what browsers reach; presigned URLs are signed for it ({@code S3_PUBLIC_ENDPOINT},
 *        defaults to the endpoint)
 * @param presignedUrlTtl how long a download link works
 * @param deleteRetryDelay first wait before a failed delete is tried again (then doubling)
 */
@Validated
@ConfigurationProperties("printdesk.storage")
public record StorageProperties(
        @NotNull(message = "S3_ENDPOINT is required") URI endpoint,
        URI publicEndpoint,
        @DefaultValue("us-east-1") @NotBlank(message = "S3_REGION must not be blank") String region,
        @NotBlank(message = "S3_ACCESS_KEY is required") String accessKey,
        @NotBlank(message = "S3_SECRET_KEY is required") String secretKey,
        @DefaultValue @Valid BucketNames buckets,
        @DefaultValue("5m") Duration presignedUrlTtl,
        @DefaultValue("true") boolean createBuckets,
        @DefaultValue("30s") Duration deleteRetryDelay) {

    public URI effectivePublicEndpoint() {
        return publicEndpoint == null || publicEndpoint.toString().isBlank() ? endpoint : publicEndpoint;
    }

    /** Bucket names, configurable for shared object stores ({@code S3_BUCKET_*}). */
    public record BucketNames(
            @DefaultValue("tmp") @NotBlank String tmp,
            @DefaultValue("order-files") @NotBlank String orderFiles,
            @DefaultValue("attachments") @NotBlank String attachments,
            @DefaultValue("pdfs") @NotBlank String pdfs) {
    }
}
