package com.printdesk.files;

import java.net.URI;
import java.time.Instant;

/** A presigned GET of an order file, downloaded under its original name, working until {@code expiresAt}. */
public record OrderFileDownload(URI url, String name, Instant expiresAt) {
}
