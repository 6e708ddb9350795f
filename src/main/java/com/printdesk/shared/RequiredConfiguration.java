package com.printdesk.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Stops start-up with one message naming every required environment variable that is missing,
 * instead of a stack trace about a property the operator never heard of. Runs after every other
 * initializer, so the embedded dev and test infrastructure has had its say.
 */
public class RequiredConfiguration implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    /** property → environment variable that sets it */
    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("spring.datasource.url", "SPRING_DATASOURCE_URL");
        REQUIRED.put("printdesk.app-url", "APP_URL");
        REQUIRED.put("printdesk.storage.endpoint", "S3_ENDPOINT");
        REQUIRED.put("printdesk.storage.access-key", "S3_ACCESS_KEY");
        REQUIRED.put("printdesk.storage.secret-key", "S3_SECRET_KEY");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        List<String> missing = missing(context.getEnvironment());
        if (!missing.isEmpty()) {
            throw new MissingConfigurationException(missing);
        }
    }

    static List<String> missing(Environment environment) {
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((property, variable) -> {
            String value = environment.getProperty(property);
            if (value == null || value.isBlank()) {
                missing.add(variable);
            }
        });
        return missing;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    public static class MissingConfigurationException extends IllegalStateException {

        MissingConfigurationException(List<String> variables) {
            super("PrintDesk cannot start: set the environment variable(s) " + String.join(", ", variables)
                    + " (see .env.example for what each one means)");
        }
    }
}
