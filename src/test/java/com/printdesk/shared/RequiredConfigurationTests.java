package com.printdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

class RequiredConfigurationTests {

    @Test
    void startUpStopsWithTheNamesOfEveryMissingVariable() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/printdesk")
                .withProperty("printdesk.storage.endpoint", " "));

        assertThatThrownBy(() -> new RequiredConfiguration().initialize(context))
                .isInstanceOf(RequiredConfiguration.MissingConfigurationException.class)
                .hasMessageContaining("APP_URL")
                .hasMessageContaining("S3_ENDPOINT")
                .hasMessageContaining("S3_ACCESS_KEY")
                .hasMessageContaining("S3_SECRET_KEY")
                .hasMessageNotContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void aCompleteConfigurationPasses() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/printdesk")
                .withProperty("printdesk.app-url", "https://print.example.com")
                .withProperty("printdesk.storage.endpoint", "http://minio:9000")
                .withProperty("printdesk.storage.access-key", "key")
                .withProperty("printdesk.storage.secret-key", "secret");
        assertThat(RequiredConfiguration.missing(environment)).isEmpty();
    }
}
