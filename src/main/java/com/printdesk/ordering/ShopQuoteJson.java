package com.printdesk.ordering;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import com.printdesk.shared.GstCalculation;
import com.printdesk.shared.Money;

/** The server's price for an order; money as "12.34" in AUD. Poll again while {@code ready} is false. */
@Schema(name = "QuickOrderQuote")
record ShopQuoteJson(boolean ready, List<String> problems, List<ItemJson> items, String setupFee,
        String minimumTopUp, String shipping, String subtotal, String gst, String total, boolean gstRegistered) {

    @Schema(name = "QuickOrderQuotedItem")
    record ItemJson(long fileId, String fileName, long sliceId,
            @Schema(description = "QUEUED, RUNNING, COMPLETED or FAILED") String state,
            @Schema(description = "Figures from the geometry, not from PrusaSlicer") boolean estimate,
            String failureReason, String printer, BigDecimal gramsPerUnit, BigDecimal hoursPerUnit,
            String unitPrice, String lineTotal, int quantity) {
    }

    static ShopQuoteJson of(ShopQuote quote, boolean gstRegistered) {
        GstCalculation.Totals totals = quote.totals();
        List<ItemJson> items = quote.items().stream().map(i -> new ItemJson(i.choice().fileId(), i.fileName(), i.sliceId(),
                i.state().name(), i.estimate(), i.failureReason(), i.printerName(), i.gramsPerUnit(), i.hoursPerUnit(),
                plain(i.unitPrice()), plain(i.lineTotal()), i.choice().quantity())).toList();
        return new ShopQuoteJson(quote.ready(), quote.problems(), items, quote.setupFee().plain(),
                quote.minimumTopUp().plain(),
                totals.shipping().plain(), totals.subtotal().plain(), totals.gst().plain(), totals.total().plain(),
                gstRegistered);
    }

    private static String plain(Money money) {
        return money == null ? null : money.plain();
    }
}
