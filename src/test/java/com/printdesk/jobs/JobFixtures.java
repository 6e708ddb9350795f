package com.printdesk.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.printdesk.catalog.MaterialAdmin;
import com.printdesk.catalog.MaterialForm;
import com.printdesk.catalog.MaterialType;
import com.printdesk.catalog.MaterialView;
import com.printdesk.catalog.PrinterAdmin;
import com.printdesk.catalog.PrinterForm;
import com.printdesk.catalog.PrinterStatus;
import com.printdesk.catalog.PrinterView;
import com.printdesk.invoices.InvoiceDraft;
import com.printdesk.invoices.InvoicePayments;
import com.printdesk.invoices.Invoices;
import com.printdesk.payments.ManualPayment;
import com.printdesk.payments.PaymentMethod;
import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.LineItem;
import com.printdesk.shared.Money;

/** Materials, printers and invoices with printable lines for job tests; every name unique. */
@Component
@Profile("!dev")
class JobFixtures {

    final MaterialAdmin materials;
    final PrinterAdmin printers;
    final Invoices invoices;
    final InvoicePayments payments;

    JobFixtures(MaterialAdmin materials, PrinterAdmin printers, Invoices invoices, InvoicePayments payments) {
        this.materials = materials;
        this.printers = printers;
        this.invoices = invoices;
        this.payments = payments;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    MaterialView material() {
        return materials.create(new MaterialForm(unique("PETG"), MaterialType.PETG, "Blue", new BigDecimal("1.27"),
                new BigDecimal("0.0600"), 0));
    }

    PrinterView printer(PrinterStatus status, long materialId) {
        return printers.create(new PrinterForm(unique("Printer"), "Original Prusa i3 MK3S+", 250, 210, 220,
                new BigDecimal("0.4"), "prusa-mk3s-250x210x220", Set.of(materialId), status, 0));
    }

    /** A draft with two printable lines (2 × bracket, 1 × housing) and a design fee that is not printed. */
    long draft(long clientId, long materialId) {
        List<LineItem> items = List.of(
                new LineItem("Bracket", new BigDecimal("2"), Money.parse("12.00"), BigDecimal.ZERO, false, null,
                        materialId, new BigDecimal("40"), new BigDecimal("1.5")),
                LineItem.simple("Design fee", BigDecimal.ONE, Money.parse("50.00")),
                new LineItem("Housing", BigDecimal.ONE, Money.parse("30.00"), BigDecimal.ZERO, false, null,
                        materialId, new BigDecimal("120.5"), new BigDecimal("4")));
        DocumentDetails details = new DocumentDetails(GstCalculation.PriceEntry.EXCLUSIVE,
                new DocumentDetails.BillTo("Grace", "Grace Pty Ltd", null, null, "1 Test St"), items, null, null, null,
                null, null);
        return invoices.createDraft(new InvoiceDraft(clientId, details));
    }

    long issued(long clientId, long materialId) {
        long id = draft(clientId, materialId);
        invoices.issue(id);
        return id;
    }

    void payInFull(long invoiceId) {
        Money balance = invoices.view(invoiceId).balance();
        payments.recordManual(invoiceId, new ManualPayment(PaymentMethod.CASH, balance, LocalDate.now(), "counter", null));
    }
}
