package com.printdesk.ordering;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the quick-order shop ({@code printdesk.ordering.*}). Spring's own multipart limits in
 * application.yml must stay at least this large, or requests are cut off before these messages apply.
 *
 * @param maxFileSize the largest model a client may upload
 * @param maxFiles how many models one upload request (one order) may carry
 * @param workDir where uploads are spooled and analysed (empty: the JVM's temp folder); emptied after each request
 */
@ConfigurationProperties("printdesk.ordering")
record OrderingProperties(@DefaultValue("100MB") DataSize maxFileSize, @DefaultValue("10") int maxFiles,
        @DefaultValue("") String workDir) {

    OrderingProperties {
        if (maxFileSize.toBytes() <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("printdesk.ordering limits must be positive");
        }
        workDir = workDir == null ? "" : workDir.strip();
    }

    Path workFolder() {
        return Path.of(workDir.isEmpty() ? System.getProperty("java.io.tmpdir") : workDir);
    }
}
