package com.printdesk.shared;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the background job runner ({@code printdesk.jobs.*}).
 *
 * @param enabled whether this instance executes tasks (it can always schedule them)
 * @param threads worker threads of this instance
 * @param pollingInterval how often the runner looks for due tasks
 */
@Validated
@ConfigurationProperties("printdesk.jobs")
public record JobRunnerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("4") @Min(1) @Max(32) int threads,
        @DefaultValue("10s") @NotNull Duration pollingInterval) {
}
