package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import com.printdesk.payments.CheckoutFulfilment;
import com.printdesk.payments.CheckoutSession;
import com.printdesk.payments.CheckoutSessions;
import com.printdesk.payments.Payable;
import com.printdesk.shared.AppUrl;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.shared.Money;

/**
 * An invoice paid (or voided) while its Checkout session is being opened: the paying transaction may
 * have looked for open sessions before this one was stored, so "Pay now" itself must close it.
 */
class InvoiceCheckoutRaceTests {

    private final Invoices invoices = mock(Invoices.class);
    private final CheckoutSessions sessions = mock(CheckoutSessions.class);
    private final AppUrl appUrl = mock(AppUrl.class);
    private final InvoiceCheckout checkout = new InvoiceCheckout(invoices, sessions, mock(CheckoutFulfilment.class),
            mock(InvoicePayments.class), appUrl);
    private final CheckoutSession opened = mock(CheckoutSession.class);

    InvoiceCheckoutRaceTests() {
        InvoiceView issued = mock(InvoiceView.class);
        when(issued.status()).thenReturn(InvoiceStatus.ISSUED);
        when(issued.balance()).thenReturn(Money.parse("110.00"));
        when(issued.number()).thenReturn("INV-000007");
        when(issued.reference()).thenReturn("INV-000007");
        when(issued.title()).thenReturn("Tax invoice");
        when(invoices.view(7)).thenReturn(issued);
        when(appUrl.link(anyString())).thenReturn("http://localhost/portal/invoices/7");
        when(sessions.open(any(), any(), anyString(), anyMap(), anyString(), anyString())).thenReturn(opened);
    }

    @Test
    void aSessionOpenedWhileTheInvoiceWasPaidIsExpiredAndTheClientToldSo() {
        when(invoices.stillOpen(7)).thenReturn(false);

        assertThatThrownBy(() -> checkout.start(7, null)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("INV-000007 was settled a moment ago");
        verify(sessions).expireOpenLater(Payable.invoice(7));
    }

    @Test
    void aSessionOfAnInvoiceStillOpenIsHandedOut() {
        when(invoices.stillOpen(7)).thenReturn(true);

        assertThat(checkout.start(7, null)).isSameAs(opened);
        verify(sessions, never()).expireOpenLater(any());
    }
}
