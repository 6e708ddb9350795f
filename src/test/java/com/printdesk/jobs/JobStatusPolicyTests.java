package com.printdesk.jobs;

import static com.printdesk.jobs.JobStatus.CANCELLED;
import static com.printdesk.jobs.JobStatus.DELIVERED;
import static com.printdesk.jobs.JobStatus.ON_HOLD;
import static com.printdesk.jobs.JobStatus.POST_PROCESSING;
import static com.printdesk.jobs.JobStatus.PRE_PROCESSING;
import static com.printdesk.jobs.JobStatus.PRINTING;
import static com.printdesk.jobs.JobStatus.QUEUED;
import static com.printdesk.jobs.JobStatus.READY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.printdesk.shared.BusinessRuleViolation;

class JobStatusPolicyTests {

    /** The whole flow as the bureau runs it; anything not listed here must be refused. */
    static final Map<JobStatus, Set<JobStatus>> LEGAL = Map.of(
            PRE_PROCESSING, EnumSet.of(QUEUED, ON_HOLD, CANCELLED),
            QUEUED, EnumSet.of(PRINTING, PRE_PROCESSING, ON_HOLD, CANCELLED),
            PRINTING, EnumSet.of(POST_PROCESSING, QUEUED, ON_HOLD, CANCELLED),
            POST_PROCESSING, EnumSet.of(READY, PRINTING, ON_HOLD, CANCELLED),
            READY, EnumSet.of(DELIVERED, ON_HOLD),
            ON_HOLD, EnumSet.of(CANCELLED),
            DELIVERED, EnumSet.noneOf(JobStatus.class),
            CANCELLED, EnumSet.noneOf(JobStatus.class));

    static Stream<Arguments> legal() {
        return LEGAL.entrySet().stream().flatMap(e -> e.getValue().stream().map(to -> Arguments.of(e.getKey(), to)));
    }

    static Stream<Arguments> illegal() {
        return Stream.of(JobStatus.values()).flatMap(from -> Stream.of(JobStatus.values())
                .filter(to -> !LEGAL.get(from).contains(to)).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1} is allowed")
    @MethodSource("legal")
    void everyLegalStepIsAllowed(JobStatus from, JobStatus to) {
        assertThat(JobStatusPolicy.allows(from, to)).isTrue();
        assertThatNoException().isThrownBy(() -> JobStatusPolicy.check(from, to));
    }

    @ParameterizedTest(name = "{0} → {1} is refused")
    @MethodSource("illegal")
    void everyOtherStepIsRefused(JobStatus from, JobStatus to) {
        assertThat(JobStatusPolicy.allows(from, to)).isFalse();
        assertThatThrownBy(() -> JobStatusPolicy.check(from, to)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aRefusalSaysWhereTheJobCanGoInstead() {
        assertThatThrownBy(() -> JobStatusPolicy.check(PRE_PROCESSING, READY))
                .hasMessage("A job cannot go from Pre-processing to Ready; from Pre-processing it can go to "
                        + "Queued, On hold, Cancelled");
        assertThatThrownBy(() -> JobStatusPolicy.check(DELIVERED, QUEUED))
                .hasMessage("This job is delivered; its status cannot change any more");
        assertThatThrownBy(() -> JobStatusPolicy.check(ON_HOLD, PRINTING))
                .hasMessage("This job is on hold: resume it (or cancel it) first");
    }
}
