package com.printdesk.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/**
 * What the tmp cleaner relies on: an upload stays while an attempt ordering it is live or retained (at
 * least 4 days, as Stripe retries a webhook for 3), and only finished or never-paid attempts are deleted.
 */
@IntegrationTest
class CheckoutAttemptRetentionTests {

    @Autowired
    TestData data;

    @Autowired
    ShopOrderFixtures shop;

    @Autowired
    CheckoutAttempts attempts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadIsHeldWhileItsAttemptIsLiveOrRetainedAndTheAttemptGoesOnlyWhenFinishedOrUnpaid() {
        AccountPrincipal owner = data.client();
        UploadedFile file = shop.upload(owner, "xyz_calibration_cube.stl").get(0);
        long attemptId = shop.attempt(owner, ShopOrderFixtures.PICKUP, shop.material().id(), java.util.List.of(file),
                Duration.ofHours(24));
        Instant now = shop.clock.instant();
        CheckoutAttempt attempt = shop.find(attemptId);
        assertThat(attempt.retainUntil()).isAfterOrEqualTo(attempt.createdAt().plus(Duration.ofDays(4)));
        assertThat(attempt.expiresAt()).isBefore(attempt.retainUntil());

        assertThat(attempts.holdsUpload(file.id(), now)).as("open").isTrue();
        Instant later = now.plus(Duration.ofDays(5));
        assertThat(attempts.holdsUpload(file.id(), later)).as("still open, so still held").isTrue();
        attempts.deletePastRetention(later);
        assertThat(attempts.find(attemptId)).as("an OPEN attempt is not deleted").isPresent();

        jdbc.sql("UPDATE checkout_attempts SET expires_at = ? WHERE id = ?").params(Timestamp.from(now), attemptId)
                .update();
        attempts.expireUnpaid(now.plusSeconds(1));
        assertThat(shop.find(attemptId).status()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(attempts.holdsUpload(file.id(), now.plus(Duration.ofDays(3)))).as("expired, retained").isTrue();
        assertThat(attempts.holdsUpload(file.id(), later)).as("expired and past retention").isFalse();

        attempts.deletePastRetention(later);
        assertThat(attempts.find(attemptId)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM checkout_attempt_files WHERE attempt_id = ?").param(attemptId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPaidAttemptIsKeptPastItsRetentionUntilItsOrderIsBuilt() {
        AccountPrincipal owner = data.client();
        UploadedFile file = shop.upload(owner, "xyz_calibration_cube.stl").get(0);
        long attemptId = shop.attempt(owner, ShopOrderFixtures.PICKUP, shop.material().id(), java.util.List.of(file),
                Duration.ofHours(24));
        jdbc.sql("UPDATE checkout_attempts SET status = 'PAID', payment_id = ? WHERE id = ?")
                .params(-attemptId, attemptId).update();
        Instant later = shop.clock.instant().plus(Duration.ofDays(30));

        attempts.deletePastRetention(later);

        assertThat(attempts.find(attemptId)).isPresent();
        assertThat(attempts.holdsUpload(file.id(), later)).isTrue();
    }
}
