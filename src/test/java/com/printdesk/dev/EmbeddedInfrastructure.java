package com.printdesk.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts what PrintDesk needs around it, inside this JVM, for the dev run and the tests: an
 * embedded PostgreSQL 17 (zonky), an in-process S3 API (S3Proxy) and a Stripe API stand-in
 * (WireMock, see {@link StripeStub}). Each is started once per JVM
 * and shared by every application context in it, which is also how the tests run two "instances"
 * against one database.
 *
 * <p>With {@code -Dprintdesk.infrastructure=docker} (the {@code docker} Maven profile) it hands over
 * to {@code ContainerInfrastructure}, which uses Testcontainers instead.
 */
public class EmbeddedInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    public static final String S3_ACCESS_KEY = "printdesk";
    public static final String S3_SECRET_KEY = "printdesk-dev-secret";
    static final String DATABASE = "printdesk";

    private static EmbeddedPostgres postgres;
    private static final TransientNio2BlobStore BLOBS = new TransientNio2BlobStore();
    private static S3Proxy s3;
    private static URI s3Endpoint;
    private static com.github.tomakehurst.wiremock.WireMockServer stripe;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if ("docker".equals(System.getProperty("printdesk.infrastructure"))) {
            delegateToContainers(context);
            return;
        }
        Map<String, Object> properties = new HashMap<>(defaults());
        OpenContexts.track(context);
        properties.put("spring.datasource.url", startPostgres());
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("printdesk.storage.endpoint", startS3().toString());
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedInfrastructure", properties));
    }

    /** What the dev run and the tests use besides the connection details. */
    public static Map<String, Object> defaults() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("printdesk.storage.access-key", S3_ACCESS_KEY);
        properties.put("printdesk.storage.secret-key", S3_SECRET_KEY);
        properties.putIfAbsent("printdesk.app-url", "http://localhost:" + System.getProperty("server.port", "8080"));
        properties.put("printdesk.admin.email", DevAccounts.ADMIN_EMAIL);
        properties.put("printdesk.admin.password", DevAccounts.ADMIN_PASSWORD);
        properties.put("server.servlet.session.cookie.secure", "false");
        properties.put("spring.thymeleaf.cache", "false");
        properties.put("printdesk.jobs.polling-interval", "1s");
        properties.put("printdesk.storage.delete-retry-delay", "1s");
        properties.put("printdesk.ordering.attempts.fulfil-retry-delay", "1s");
        // Stripe: a dummy key against the in-process stub, and a test endpoint secret the tests sign with
        properties.put("printdesk.stripe.secret-key", "sk_test_dummy");
        properties.put("printdesk.stripe.api-base", "http://127.0.0.1:" + startStripeStub().port());
        properties.put("printdesk.stripe.webhook-secret", com.printdesk.payments.StripeFixtures.WEBHOOK_SECRET);
        return properties;
    }

    public static synchronized String startPostgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start(); // ours waits for the contexts
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                     Statement statement = connection.createStatement()) {
                    ResultSet exists = statement.executeQuery(
                            "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
                    if (!exists.next()) {
                        statement.execute("CREATE DATABASE " + DATABASE);
                    }
                }
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedInfrastructure::stopPostgres));
            }
            return postgres.getJdbcUrl("postgres", DATABASE);
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not start embedded PostgreSQL", ex);
        }
    }

    public static synchronized URI startS3() {
        try {
            if (s3 == null) {
                if (s3Endpoint == null) {
                    s3Endpoint = URI.create("http://127.0.0.1:" + freePort());
                }
                s3 = S3Proxy.builder()
                        .blobStore(BLOBS)
                        .endpoint(s3Endpoint)
                        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, S3_ACCESS_KEY, S3_SECRET_KEY)
                        .build();
                s3.start();
                while (!"STARTED".equals(s3.getState())) {
                    Thread.sleep(10);
                }
            }
            return s3Endpoint;
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not start the in-process S3 API (S3Proxy)", ex);
        }
    }

    /** The Stripe API stand-in (WireMock), started once per JVM; tests read its request journal. */
    public static synchronized com.github.tomakehurst.wiremock.WireMockServer startStripeStub() {
        if (stripe == null) {
            stripe = StripeStub.start();
        }
        return stripe;
    }

    /** Takes the object store away (tests of outages); {@link #startS3} brings it back with its objects. */
    public static synchronized void stopS3() {
        try {
            if (s3 != null) {
                s3.stop();
                s3 = null;
            }
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not stop S3Proxy", ex);
        }
    }

    private static void stopPostgres() {
        try {
            // shutdown hooks run at once: let the application contexts (their own hooks) finish with the
            // database first, or their pools wait out the connection timeout and the JVM exits 30 s late
            OpenContexts.awaitClosed(java.time.Duration.ofSeconds(20));
            postgres.close();
        }
        catch (IOException | InterruptedException ignored) {
            // the JVM is exiting; the data directory is temporary
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @SuppressWarnings("unchecked")
    private static void delegateToContainers(ConfigurableApplicationContext context) {
        try {
            Class<?> type = Class.forName("com.printdesk.dev.ContainerInfrastructure");
            ((ApplicationContextInitializer<ConfigurableApplicationContext>) type.getDeclaredConstructor().newInstance())
                    .initialize(context);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("printdesk.infrastructure=docker needs the docker Maven profile (-Pdocker)", ex);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The application contexts using this infrastructure that have not finished closing. */
    private static final class OpenContexts {

        private static int open;

        static synchronized void track(ConfigurableApplicationContext context) {
            open++;
            // registered before any bean exists, so destroyed after all of them
            ((org.springframework.beans.factory.support.DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("embeddedInfrastructureUser", OpenContexts::closed);
        }

        private static synchronized void closed() {
            open--;
            OpenContexts.class.notifyAll();
        }

        static synchronized void awaitClosed(java.time.Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (open > 0 && System.nanoTime() < deadline) {
                OpenContexts.class.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
    }
}
