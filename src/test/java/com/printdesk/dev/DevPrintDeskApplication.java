package com.printdesk.dev;

import org.springframework.boot.SpringApplication;

import com.printdesk.PrintDeskApplication;

/**
 * {@code ./mvnw spring-boot:test-run}: the whole application on embedded PostgreSQL and in-process
 * S3 (see {@link EmbeddedInfrastructure}) with demo data.
 */
public class DevPrintDeskApplication {

    public static void main(String[] args) {
        SpringApplication.from(PrintDeskApplication::main)
                .withAdditionalProfiles("dev")
                .run(args);
    }
}
