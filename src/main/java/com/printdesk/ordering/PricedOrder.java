package com.printdesk.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.printdesk.shared.DocumentDetails;
import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.LineItem;
import com.printdesk.shared.Money;

/**
 * The order as the server priced it at checkout, stored as JSON on the attempt: what each item is made
 * from (upload, slice, G-code) and the invoice body to the cent. Plain fields only, so the stored JSON
 * never depends on how a value type happens to serialise.
 */
record PricedOrder(List<OrderedItem> items, List<OrderedLine> lines, String priceEntry, String discountKind,
        BigDecimal discountValue, String shippingDescription, long shippingCents, boolean gstRegistered,
        long subtotalCents, long gstCents, long totalCents) {

    PricedOrder {
        items = List.copyOf(items);
        lines = List.copyOf(lines);
    }

    /** One configured model with where its files are. */
    record OrderedItem(ItemChoice choice, String tmpKey, String fileName, String fileSha256, long sliceId,
            String gcodeKey, boolean estimate, Long printerId, String printerName, BigDecimal gramsPerUnit,
            BigDecimal hoursPerUnit, long unitPriceCents, long lineTotalCents) {
    }

    /** One invoice line, as {@link LineItem} has it. */
    record OrderedLine(String description, BigDecimal quantity, long unitPriceCents, BigDecimal discountPercent,
            boolean gstFree, Long productTemplateId, Long materialId, BigDecimal grams, BigDecimal printHours) {

        static OrderedLine of(LineItem item) {
            return new OrderedLine(item.description(), item.quantity(), item.unitPrice().cents(),
                    item.discountPercent(), item.gstFree(), item.productTemplateId(), item.materialId(), item.grams(),
                    item.printHours());
        }

        public LineItem item() {
            return new LineItem(description, quantity, Money.ofCents(unitPriceCents), discountPercent, gstFree,
                    productTemplateId, materialId, grams, printHours);
        }
    }

    /**
     * @param tmpKeys storage key of each upload by its {@code tmp_files} ID
     * @param gcodeKeys G-code key of each slice by its ID (absent for an estimate)
     */
    static PricedOrder of(ShopQuote quote, boolean gstRegistered, Map<Long, String> tmpKeys,
            Map<Long, String> gcodeKeys) {
        List<OrderedItem> items = quote.items().stream().map(item -> new OrderedItem(item.choice(),
                tmpKeys.get(item.choice().fileId()), item.fileName(), item.fileSha256(), item.sliceId(),
                gcodeKeys.get(item.sliceId()), item.estimate(), item.printerId(), item.printerName(),
                item.gramsPerUnit(), item.hoursPerUnit(), item.unitPrice().cents(), item.lineTotal().cents()))
                .toList();
        DocumentDetails details = quote.details();
        GstCalculation.Totals totals = quote.totals();
        return new PricedOrder(items, details.items().stream().map(OrderedLine::of).toList(),
                details.priceEntry().name(), details.discount().kind().name(), details.discount().value(),
                details.shippingDescription(), details.shipping().cents(), gstRegistered, totals.subtotal().cents(),
                totals.gst().cents(), totals.total().cents());
    }

    Money total() {
        return Money.ofCents(totalCents);
    }

    /** The invoice body: these lines, billed to the order's contact. */
    DocumentDetails details(DocumentDetails.BillTo billTo, String notes) {
        return new DocumentDetails(GstCalculation.PriceEntry.valueOf(priceEntry), billTo,
                lines.stream().map(OrderedLine::item).toList(),
                new GstCalculation.Discount(GstCalculation.Discount.Kind.valueOf(discountKind), discountValue),
                shippingDescription, Money.ofCents(shippingCents), notes, null);
    }
}
