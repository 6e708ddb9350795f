package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;
import com.printdesk.shared.NotFound;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class InvoicesIntegrationTests {

    @Autowired
    Invoices invoices;

    @Autowired
    TestData data;

    @Test
    void aDraftHasNoNumberUntilItIsIssued() {
        long client = data.client().clientId();
        long id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Bracket", "2", "50.00")));

        InvoiceView draft = invoices.view(id);
        assertThat(draft.number()).isNull();
        assertThat(draft.totals().total()).isEqualTo(Money.parse("110.00"));

        InvoiceView issued = invoices.issue(id);
        assertThat(issued.number()).matches("INV-\\d{6}");
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.issueDate()).isNotNull();
        assertThat(issued.dueDate()).isAfterOrEqualTo(issued.issueDate());
        assertThat(issued.balance()).isEqualTo(Money.parse("110.00"));
        assertThat(invoices.issue(id).number()).as("issuing twice changes nothing").isEqualTo(issued.number());
    }

    @Test
    void twentyConcurrentIssuesGetTwentyDistinctConsecutiveNumbers() throws Exception {
        long client = data.client().clientId();
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            drafts.add(invoices.createDraft(new InvoiceDraft(client, TestData.details("Buyer", "Part", "1", "10.00"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> issues = drafts.stream().<Callable<String>>map(id -> () -> invoices.issue(id).number())
                .toList();
        List<Integer> numbers = new ArrayList<>();
        for (Future<String> number : pool.invokeAll(issues)) {
            numbers.add(Integer.parseInt(number.get().substring("INV-".length())));
        }
        pool.shutdown();
        numbers.sort(null);
        assertThat(numbers).doesNotHaveDuplicates().hasSize(20);
        assertThat(numbers.get(19) - numbers.get(0)).as("no gaps").isEqualTo(19);
    }

    @Test
    void anInvoiceOfAThousandDollarsMustIdentifyTheBuyer() {
        long client = data.client().clientId();
        long id = invoices.createDraft(new InvoiceDraft(client,
                TestData.details("", "Big print", "1", "909.10")));   // 909.10 + 10 % = 1,000.01
        assertThatThrownBy(() -> invoices.issue(id)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("buyer's name or ABN");
        assertThat(invoices.view(id).number()).isNull();

        long small = invoices.createDraft(new InvoiceDraft(client, TestData.details("", "Print", "1", "909.00")));
        assertThat(invoices.issue(small).number()).isNotNull();
    }

    @Test
    void issuedInvoicesAreImmutableAndCorrectedByVoidAndReissue() {
        long client = data.client().clientId();
        long id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Part", "1", "100.00")));
        InvoiceView issued = invoices.issue(id);
        assertThatThrownBy(() -> invoices.updateDraft(id,
                new InvoiceDraft(client, TestData.details("Ada", "Cheaper", "1", "1.00")), issued.version()))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> invoices.voidAndReissue(id, " ")).isInstanceOf(BusinessRuleViolation.class);

        long copy = invoices.voidAndReissue(id, "Wrong quantity");

        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(invoices.view(id).voidReason()).isEqualTo("Wrong quantity");
        InvoiceView draft = invoices.view(copy);
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.replacesInvoiceId()).isEqualTo(id);
        assertThat(draft.items()).extracting(item -> item.description()).containsExactly("Part");
        assertThat(invoices.issue(copy).number()).isNotEqualTo(issued.number());
    }

    @Test
    void writingOffNeedsAReasonAndClearsTheBalance() {
        long client = data.client().clientId();
        long id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Part", "1", "100.00")));
        assertThatThrownBy(() -> invoices.writeOff(id, "bad debt")).isInstanceOf(BusinessRuleViolation.class);
        invoices.issue(id);
        invoices.writeOff(id, "Client went out of business");
        assertThat(invoices.view(id).status()).isEqualTo(InvoiceStatus.WRITTEN_OFF);
        assertThat(invoices.view(id).balance()).isEqualTo(Money.ZERO);
        assertThat(invoices.outstanding(client)).isEqualTo(Money.ZERO);
    }

    @Test
    void clientsSeeOnlyTheirOwnIssuedInvoices() {
        AccountPrincipal owner = data.client();
        AccountPrincipal other = data.client();
        long draft = invoices.createDraft(new InvoiceDraft(owner.clientId(), TestData.details("A", "P", "1", "5")));
        long issued = invoices.createDraft(new InvoiceDraft(owner.clientId(), TestData.details("A", "P", "1", "5")));
        invoices.issue(issued);

        assertThat(invoices.viewForClient(issued, owner.clientId()).id()).isEqualTo(issued);
        assertThatThrownBy(() -> invoices.viewForClient(issued, other.clientId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> invoices.viewForClient(draft, owner.clientId())).isInstanceOf(NotFound.class);
        assertThat(invoices.forClient(owner.clientId(), false)).extracting(InvoiceSummary::id).containsExactly(issued);
    }

    @Test
    void onlyDraftsCanBeDeleted() {
        long client = data.client().clientId();
        long id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Part", "1", "100.00")));
        invoices.issue(id);
        assertThatThrownBy(() -> invoices.deleteDraft(id)).isInstanceOf(BusinessRuleViolation.class);
    }
}
