package com.printdesk.support;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test beans: the movable clock, the test data builder, the events published. */
@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(Clock.systemUTC());
    }

    /** Each application context gets its own task bean, labelled so tests can see who ran what. */
    @Bean
    com.github.kagkarlsson.scheduler.task.helper.OneTimeTask<String> countingTask() {
        return CountingTask.task(java.util.UUID.randomUUID().toString());
    }

    @Bean
    PublishedEvents publishedEvents() {
        return new PublishedEvents();
    }

    @Bean
    TestData testData(com.printdesk.accounts.Registration registration, com.printdesk.accounts.Staff staff,
            com.printdesk.accounts.Accounts accounts,
            org.springframework.security.core.userdetails.UserDetailsService userDetails) {
        return new TestData(registration, staff, accounts, userDetails);
    }
}
