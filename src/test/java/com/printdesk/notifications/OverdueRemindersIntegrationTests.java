package com.printdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.clients.ClientAdministration;
import com.printdesk.clients.ClientSummary;
import com.printdesk.clients.Clients;
import com.printdesk.dev.MailCapture;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.InvoicePayments;
import com.printdesk.invoices.InvoiceView;
import com.printdesk.invoices.Invoices;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.shared.Money;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.TestData;

@IntegrationTest
class OverdueRemindersIntegrationTests {

    @Autowired
    OverdueReminders reminders;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePayments payments;

    @Autowired
    Clients clients;

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    TestData data;

    @org.junit.jupiter.api.AfterEach
    void timeAsItWas() {
        clock.reset();
    }

    @Test
    void remindersGoOnDays3And7And14AfterTheDueDateOnceEachAndNotToOptedOutOrPaidInvoices() throws Exception {
        AccountPrincipal late = data.client();
        AccountPrincipal optedOut = data.client();
        AccountPrincipal paysInTime = data.client();
        InvoiceView owing = issued(late);
        issued(optedOut);
        InvoiceView paid = issued(paysInTime);
        optOutOnTheClientForm(optedOut);
        // every invoice of every test shares the database; a run here looks at this test's clients only
        java.util.Set<Long> mine = java.util.Set.of(late.clientId(), optedOut.clientId(), paysInTime.clientId());
        java.util.function.Predicate<com.printdesk.invoices.InvoiceSummary> ours = invoice -> mine.contains(invoice.clientId());
        assertThat(clients.find(optedOut.clientId()).map(ClientSummary::paymentReminders)).contains(false);

        moveTo(owing.dueDate().plusDays(2));
        reminders.run(ours);
        moveTo(owing.dueDate().plusDays(3));
        payments.recordManual(paid.id(), new ManualPayment(PaymentMethod.CASH, paid.balance(), invoices.today(), "x", null));
        reminders.run(ours);
        reminders.run(ours);   // a second run the same day changes nothing
        assertThat(subjects(late)).containsExactly("Reminder: tax invoice " + owing.number() + " is overdue");

        moveTo(owing.dueDate().plusDays(7));
        reminders.run(ours);
        moveTo(owing.dueDate().plusDays(14));
        reminders.run(ours);
        moveTo(owing.dueDate().plusDays(20));
        reminders.run(ours);

        List<MimeMessage> mails = CapturedMail.awaitAtLeast(late.email(), 3);
        Thread.sleep(2500);
        assertThat(MailCapture.to(late.email())).hasSize(3);
        assertThat(mails.stream().map(CapturedMail::of).map(CapturedMail::text).collect(Collectors.toList()))
                .satisfiesExactly(
                        first -> assertThat(first).contains("(3 days ago)", "$110.00", "/portal/invoices/" + owing.id()),
                        second -> assertThat(second).contains("(7 days ago)"),
                        third -> assertThat(third).contains("(14 days ago)"));
        CapturedMail.assertNone(optedOut.email());
        assertThat(MailCapture.to(paysInTime.email())).extracting(MimeMessage::getSubject)
                .noneMatch(subject -> subject.startsWith("Reminder"));
    }

    @Test
    void theStepIsTheLatestOneReachedSoMissedDaysNeverSendSeveralAtOnce() {
        List<Integer> steps = List.of(3, 7, 14);
        assertThat(OverdueReminders.stepFor(2, steps)).isEmpty();
        assertThat(OverdueReminders.stepFor(3, steps)).contains(3);
        assertThat(OverdueReminders.stepFor(10, steps)).contains(7);
        assertThat(OverdueReminders.stepFor(40, steps)).contains(14);
    }

    private void optOutOnTheClientForm(AccountPrincipal client) throws Exception {
        ClientSummary summary = clients.find(client.clientId()).orElseThrow();
        long version = administration.editable(client.clientId()).version();
        // an unticked checkbox sends only Spring's "_" marker
        mvc.perform(post("/admin/clients/" + client.clientId()).with(user(data.adminPrincipal())).with(csrf())
                        .param("name", summary.name()).param("email", summary.email())
                        .param("_paymentReminders", "on").param("version", Long.toString(version)))
                .andExpect(redirectedUrl("/admin/clients/" + client.clientId()));
    }

    @Autowired
    ClientAdministration administration;



    private List<String> subjects(AccountPrincipal client) throws Exception {
        CapturedMail.awaitAtLeast(client.email(), 1);
        Thread.sleep(2500);
        return MailCapture.to(client.email()).stream().map(message -> {
            try {
                return message.getSubject();
            }
            catch (jakarta.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }

    private InvoiceView issued(AccountPrincipal client) {
        long id = invoices.createDraft(new InvoiceDraft(client.clientId(), TestData.details("Ada", "Part", "1", "100.00")));
        return invoices.issue(id);
    }

    private void moveTo(LocalDate day) {
        long days = ChronoUnit.DAYS.between(invoices.today(), day);
        if (days > 0) {
            clock.advance(Duration.ofDays(days));
        }
    }
}
