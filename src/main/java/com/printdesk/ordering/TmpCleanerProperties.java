package com.printdesk.ordering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tmp cleaner ({@code printdesk.ordering.tmp-cleaner.*}).
 *
 * @param unclaimedFor how long an upload may wait in {@code tmp} for an order (DESIGN.md: 24 h)
 * @param every how often the cleaner runs (once per cluster)
 * @param batch uploads removed per run at most, so one run stays short
 */
@ConfigurationProperties("printdesk.ordering.tmp-cleaner")
record TmpCleanerProperties(@DefaultValue("24h") Duration unclaimedFor, @DefaultValue("30m") Duration every,
        @DefaultValue("500") int batch) {

    TmpCleanerProperties {
        if (unclaimedFor.isNegative() || every.isNegative() || every.isZero() || batch < 1) {
            throw new IllegalArgumentException("printdesk.ordering.tmp-cleaner: durations and batch must be positive");
        }
    }
}
