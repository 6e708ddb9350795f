package com.printdesk.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.printdesk.PrintDeskApplication;

/**
 * A second PrintDesk instance in this JVM, on its own port, against the same database and object
 * store as the test context: how the tests prove the cluster claims on one machine. Started once
 * and shared; closed when the JVM ends.
 */
public final class SecondInstance {

    private static ConfigurableApplicationContext context;

    private SecondInstance() {
    }

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = new SpringApplicationBuilder(PrintDeskApplication.class, TestConfig.class)
                    .properties("spring.jmx.enabled=false")
                    // a command-line argument outranks application.yml's ${PORT:8080}: never collide with a dev run
                    .run("--server.port=0");
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return context;
    }
}
