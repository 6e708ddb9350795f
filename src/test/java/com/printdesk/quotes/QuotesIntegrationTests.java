package com.printdesk.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.printdesk.invoices.InvoiceStatus;
import com.printdesk.invoices.Invoices;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.NotFound;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.MovableClock;
import com.printdesk.support.TestData;

@IntegrationTest
class QuotesIntegrationTests {

    @Autowired
    Quotes quotes;

    @Autowired
    Invoices invoices;

    @Autowired
    TestData data;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSentQuoteIsNumberedAndExpiresAfterItsValidity() {
        long client = data.client().clientId();
        long id = quotes.createDraft(client, TestData.details("Ada", "Prototype", "3", "40.00"), null);
        QuoteView draft = quotes.view(id);
        assertThat(draft.number()).isNull();
        assertThat(draft.expiryDate()).isAfter(LocalDate.now());

        QuoteView sent = quotes.markSent(id);
        assertThat(sent.number()).matches("QT-\\d{6}");
        assertThat(sent.displayStatus()).isEqualTo("SENT");

        clock.advance(Duration.ofDays(400));
        assertThat(quotes.view(id).displayStatus()).isEqualTo("EXPIRED");
        assertThatThrownBy(() -> quotes.accept(id, client)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("expired");
    }

    @Test
    void theClientAcceptsOrDeclinesOnlyTheirOwnSentQuotes() {
        long owner = data.client().clientId();
        long stranger = data.client().clientId();
        long draft = quotes.createDraft(owner, TestData.details("Ada", "Part", "1", "10.00"), null);
        assertThatThrownBy(() -> quotes.accept(draft, owner)).isInstanceOf(NotFound.class);
        quotes.markSent(draft);
        assertThatThrownBy(() -> quotes.accept(draft, stranger)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> quotes.viewForClient(draft, stranger)).isInstanceOf(NotFound.class);

        quotes.accept(draft, owner);
        assertThat(quotes.view(draft).status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThatThrownBy(() -> quotes.decline(draft, owner)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void concurrentConversionsCreateOneInvoice() throws Exception {
        long client = data.client().clientId();
        long id = quotes.createDraft(client, TestData.details("Ada", "Housing", "2", "75.00"), null);
        quotes.markSent(id);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Long>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(() -> quotes.convertToInvoice(id));
        }
        Set<Long> invoiceIds = new HashSet<>();
        for (Future<Long> result : pool.invokeAll(attempts)) {
            invoiceIds.add(result.get());
        }
        pool.shutdown();

        assertThat(invoiceIds).hasSize(1);
        long invoiceId = invoiceIds.iterator().next();
        assertThat(jdbc.sql("SELECT count(*) FROM invoices WHERE quote_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(quotes.view(id).status()).isEqualTo(QuoteStatus.CONVERTED);
        assertThat(quotes.convertToInvoice(id)).isEqualTo(invoiceId);
        var invoice = invoices.view(invoiceId);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoice.totals().total()).isEqualTo(quotes.view(id).totals().total());
        assertThat(invoice.quoteId()).isEqualTo(id);
    }

    @Test
    void aDraftOrDeclinedQuoteCannotBeConverted() {
        long client = data.client().clientId();
        long id = quotes.createDraft(client, TestData.details("Ada", "Part", "1", "10.00"), null);
        assertThatThrownBy(() -> quotes.convertToInvoice(id)).isInstanceOf(BusinessRuleViolation.class);
        quotes.markSent(id);
        quotes.decline(id, client);
        assertThatThrownBy(() -> quotes.convertToInvoice(id)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void duplicatingMakesAFreshDraftWithTheSameLines() {
        long client = data.client().clientId();
        long id = quotes.createDraft(client, TestData.details("Ada", "Part A", "1", "10.00", "Part B", "2", "5.00"), null);
        quotes.markSent(id);
        long copy = quotes.duplicate(id);
        QuoteView duplicate = quotes.view(copy);
        assertThat(duplicate.isDraft()).isTrue();
        assertThat(duplicate.items()).extracting(item -> item.description()).containsExactly("Part A", "Part B");
        assertThat(duplicate.totals().total()).isEqualTo(quotes.view(id).totals().total());
    }
}
