package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import com.printdesk.invoices.InvoiceEvents.InvoicePaid;

class InvoicePaidEventTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anEventStoredBeforeItCarriedTheListenersFactsStillReadsAndLetsThemLookForThemselves() {
        // an InvoicePaid publication written before shopOrder and checkoutOpen existed, resubmitted after the upgrade
        InvoicePaid old = json.readValue("""
                {"eventId":"6f1c2b7e-8a1d-4c3b-9e2f-0a1b2c3d4e5f","actor":"system","invoiceId":12,"clientId":3,
                 "number":"INV-000012","summary":"Invoice INV-000012 paid in full","occurredAt":"2026-11-27T01:00:00Z"}
                """, InvoicePaid.class);

        assertThat(old.invoiceId()).isEqualTo(12);
        assertThat(old.shopOrder()).isNull();
        assertThat(old.mayBeShopOrder()).isTrue();
        assertThat(old.mayHaveCheckoutOpen()).isTrue();
    }

    @Test
    void aNewEventSaysWhatItKnows() {
        InvoicePaid paid = new InvoicePaid(UUID.randomUUID(), "system", 12, 3, "INV-000012", "paid", Instant.now(),
                false, true);
        InvoicePaid read = json.readValue(json.writeValueAsString(paid), InvoicePaid.class);

        assertThat(read).isEqualTo(paid);
        assertThat(read.mayBeShopOrder()).isFalse();
        assertThat(read.mayHaveCheckoutOpen()).isTrue();
    }
}
