package com.printdesk.dev;

import java.util.HashMap;
import java.util.Map;

import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The Docker counterpart of {@link EmbeddedInfrastructure}: PostgreSQL 17 and MinIO in Testcontainers,
 * for machines with a Docker engine where real servers are preferred over in-JVM ones. Only on the
 * test classpath with the {@code docker} Maven profile, which also sets
 * {@code -Dprintdesk.infrastructure=docker}; {@link EmbeddedInfrastructure} then loads this class by
 * reflection, so the default build needs no Testcontainers.
 *
 * <p>The containers are started once per JVM and shared by every application context in it, as the
 * embedded ones are (tests run two "instances" against one database). Testcontainers' reaper removes
 * them when the JVM exits.
 */
public class ContainerInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static PostgreSQLContainer postgres;
    private static MinIOContainer minio;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        Map<String, Object> properties = new HashMap<>(EmbeddedInfrastructure.defaults());
        properties.put("spring.datasource.url", postgres.getJdbcUrl());
        properties.put("spring.datasource.username", postgres.getUsername());
        properties.put("spring.datasource.password", postgres.getPassword());
        properties.put("printdesk.storage.endpoint", minio.getS3URL());
        properties.put("printdesk.storage.access-key", minio.getUserName());
        properties.put("printdesk.storage.secret-key", minio.getPassword());
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("containerInfrastructure", properties));
    }

    private static synchronized void start() {
        if (postgres == null) {
            PostgreSQLContainer db = new PostgreSQLContainer("postgres:17")
                    .withDatabaseName(EmbeddedInfrastructure.DATABASE);
            MinIOContainer s3 = new MinIOContainer("minio/minio:RELEASE.2025-09-07T16-13-09Z");
            Startables.deepStart(db, s3).join();
            postgres = db;
            minio = s3;
        }
    }
}
