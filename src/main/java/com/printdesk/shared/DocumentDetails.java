package com.printdesk.shared;

import java.util.List;

/**
 * The body of a quote or invoice: who it is for, its lines, discount, shipping and words.
 *
 * @param billTo the buyer as printed; defaults from the client
 */
public record DocumentDetails(GstCalculation.PriceEntry priceEntry, BillTo billTo, List<LineItem> items,
        GstCalculation.Discount discount, String shippingDescription, Money shipping, String notes, String terms) {

    public DocumentDetails {
        items = List.copyOf(items);
        shipping = shipping == null ? Money.ZERO : shipping;
        discount = discount == null ? GstCalculation.Discount.NONE : discount;
        priceEntry = priceEntry == null ? GstCalculation.PriceEntry.EXCLUSIVE : priceEntry;
    }

    public GstCalculation.Totals totals(boolean gstRegistered) {
        return GstCalculation.calculate(items.stream().map(LineItem::taxLine).toList(), discount, shipping,
                priceEntry, gstRegistered);
    }

    /** The buyer's details printed on the document. */
    public record BillTo(String name, String company, String abn, String email, String address) {

        /** ATO: a buyer is identified by name or ABN. */
        public boolean identifiesBuyer() {
            return (name != null && !name.isBlank()) || (abn != null && !abn.isBlank());
        }
    }
}
