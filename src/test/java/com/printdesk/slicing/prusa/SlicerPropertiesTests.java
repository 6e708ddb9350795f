package com.printdesk.slicing.prusa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** {@code printdesk.slicer.*} as the environment variables of application.yml set it. */
class SlicerPropertiesTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void defaultsRunPrusaSlicerFromThePathOneAtATimeForTwoMinutes() {
        context.run(started -> {
            SlicerProperties slicer = started.getBean(SlicerProperties.class);
            assertThat(slicer.bin()).isEqualTo("prusa-slicer");
            assertThat(slicer.disable()).isFalse();
            assertThat(slicer.concurrency()).isEqualTo(1);
            assertThat(slicer.timeout()).isEqualTo(Duration.ofMillis(120_000));
            assertThat(started.getBean(SlicingWorkerProperties.class).worker()).isTrue();
        });
    }

    @Test
    void aPlainTimeoutIsMilliseconds() {
        context.withPropertyValues("printdesk.slicer.timeout=90000", "printdesk.slicer.concurrency=4",
                "printdesk.slicer.disable=true", "printdesk.slicing.worker=false").run(started -> {
                    assertThat(started.getBean(SlicerProperties.class).timeout()).isEqualTo(Duration.ofSeconds(90));
                    assertThat(started.getBean(SlicerProperties.class).concurrency()).isEqualTo(4);
                    assertThat(started.getBean(SlicingWorkerProperties.class).worker()).isFalse();
                });
    }

    @Test
    void concurrencyOutsideOneToFourStopsStartUpNamingTheVariable() {
        context.withPropertyValues("printdesk.slicer.concurrency=5").run(started -> assertThat(started)
                .hasFailed().getFailure().rootCause().hasMessageContaining("SLICER_CONCURRENCY must be 1 to 4"));
        context.withPropertyValues("printdesk.slicer.concurrency=0").run(started -> assertThat(started)
                .hasFailed().getFailure().rootCause().hasMessageContaining("SLICER_CONCURRENCY must be 1 to 4"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SlicerProperties.class, SlicingWorkerProperties.class})
    static class Properties {
    }
}
