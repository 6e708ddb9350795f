package com.printdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.printdesk.dev.MailCapture;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.TestData;

@IntegrationTest
class OutboxIntegrationTests {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxRows rows;

    @Autowired
    MovableClock clock;

    @AfterEach
    void smtpBackAndTimeAsItWas() {
        MailCapture.start();
        clock.reset();
    }

    @Test
    void anSmtpOutageDelaysMailAndLosesNoneAndItArrivesOnce() {
        String to = TestData.uniqueEmail("outage");
        MailCapture.stop();
        long id = outbox.enqueue(mail("outage:" + to, to)).orElseThrow();
        sender.sendDue();

        OutboxEmail waiting = rows.find(id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(EmailStatus.QUEUED);
        assertThat(waiting.attempts()).isGreaterThanOrEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());

        MailCapture.start();
        clock.advance(Duration.ofMinutes(2));
        CapturedMail mail = CapturedMail.awaitOne(to);
        assertThat(mail.subject()).isEqualTo("Hello " + to);
        OutboxEmail sent = rows.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void afterFiveFailedAttemptsAMailIsFailedAndAResendDeliversIt() {
        String to = TestData.uniqueEmail("failing");
        MailCapture.stop();
        long id = outbox.enqueue(mail("failing:" + to, to)).orElseThrow();
        for (int attempt = 0; attempt < 6 && rows.find(id).orElseThrow().status() == EmailStatus.QUEUED; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofMinutes(20));   // past the longest backoff (1, 2, 4, 8 minutes)
        }
        OutboxEmail failed = rows.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(5);

        MailCapture.start();
        assertThat(rows.requeue(id, clock.instant())).isTrue();
        CapturedMail.awaitOne(to);
        assertThat(rows.find(id).orElseThrow().status()).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void theSameCauseQueuesOneEmail() {
        String to = TestData.uniqueEmail("dup");
        assertThat(outbox.enqueue(mail("dup:" + to, to))).isPresent();
        assertThat(outbox.enqueue(mail("dup:" + to, to))).isEmpty();
        CapturedMail.awaitOne(to);
    }

    @Test
    void sendersRunningAtOnceNeverSendOneMailTwice() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String to = TestData.uniqueEmail("race" + i);
            recipients.add(to);
            outbox.enqueue(mail("race:" + to, to));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> senders = List.of(sender::sendDue, sender::sendDue, sender::sendDue);
        pool.invokeAll(senders);
        pool.shutdown();
        for (String to : recipients) {
            CapturedMail.awaitAtLeast(to, 1);
        }
        Thread.sleep(2000);
        for (String to : recipients) {
            assertThat(MailCapture.to(to)).as(to).hasSize(1);
        }
    }

    private static Email mail(String cause, String to) {
        return new Email(cause, to, "Hello " + to, "document", Map.of("name", "Tester", "document", "Quote QT-1",
                "portalUrl", "http://localhost/portal", "portalLabel", "Open"), List.of(), null, false);
    }
}
