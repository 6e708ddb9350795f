package com.printdesk.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * The quote and invoice editor as submitted: text fields bound as typed, turned into
 * {@link DocumentDetails} by {@link #toDetails}, which reports every problem as a field error
 * instead of throwing. Blank lines are ignored, so the editor can always offer a few empty rows.
 */
public class DocumentForm {

    static final int EMPTY_ROWS = 3;

    private Long clientId;
    private GstCalculation.PriceEntry priceEntry = GstCalculation.PriceEntry.EXCLUSIVE;
    private String billToName;
    private String billToCompany;
    private String billToAbn;
    private String billToEmail;
    private String billToAddress;
    private List<LineForm> items = new ArrayList<>();
    private GstCalculation.Discount.Kind discountKind = GstCalculation.Discount.Kind.PERCENT;
    private String discountValue = "0";
    private String shippingDescription;
    private String shipping = "0";
    private String notes;
    private String terms;
    private long version;

    public static DocumentForm of(long clientId, DocumentDetails details, long version) {
        DocumentForm form = new DocumentForm();
        form.clientId = clientId;
        form.priceEntry = details.priceEntry();
        DocumentDetails.BillTo billTo = details.billTo();
        form.billToName = billTo.name();
        form.billToCompany = billTo.company();
        form.billToAbn = billTo.abn();
        form.billToEmail = billTo.email();
        form.billToAddress = billTo.address();
        details.items().forEach(item -> form.items.add(LineForm.of(item)));
        form.discountKind = details.discount().kind();
        form.discountValue = details.discount().value().stripTrailingZeros().toPlainString();
        form.shippingDescription = details.shippingDescription();
        form.shipping = details.shipping().plain();
        form.notes = details.notes();
        form.terms = details.terms();
        form.version = version;
        return form.withEmptyRows();
    }

    /** Adds blank rows so there is always room for another line. */
    public DocumentForm withEmptyRows() {
        items.removeIf(LineForm::isBlank);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            items.add(new LineForm());
        }
        return this;
    }

    /** The details, or empty with the problems recorded in {@code errors}. */
    public Optional<DocumentDetails> toDetails(Errors errors, LinePricing pricing) {
        if (billToName == null || billToName.isBlank()) {
            errors.rejectValue("billToName", "required", "Enter who the document is for");
        }
        if (billToAbn != null && !billToAbn.isBlank() && !Abn.isValid(billToAbn)) {
            errors.rejectValue("billToAbn", "abn", "Enter a valid 11-digit ABN (the ATO checksum does not match)");
        }
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LineForm line = items.get(i);
            if (!line.isBlank()) {
                line.toItem(errors, "items[" + i + "].", pricing).ifPresent(lines::add);
            }
        }
        GstCalculation.Discount discount = Parsing.discount(discountKind, discountValue, errors, "discountValue");
        Money shippingAmount = Parsing.money(shipping, errors, "shipping");
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentDetails(priceEntry, new DocumentDetails.BillTo(billToName, billToCompany,
                billToAbn, billToEmail, billToAddress), lines, discount, shippingDescription, shippingAmount, notes,
                terms));
    }

    // getters and setters for form binding
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public GstCalculation.PriceEntry getPriceEntry() { return priceEntry; }
    public void setPriceEntry(GstCalculation.PriceEntry priceEntry) { this.priceEntry = priceEntry; }
    public String getBillToName() { return billToName; }
    public void setBillToName(String billToName) { this.billToName = billToName; }
    public String getBillToCompany() { return billToCompany; }
    public void setBillToCompany(String billToCompany) { this.billToCompany = billToCompany; }
    public String getBillToAbn() { return billToAbn; }
    public void setBillToAbn(String billToAbn) { this.billToAbn = billToAbn; }
    public String getBillToEmail() { return billToEmail; }
    public void setBillToEmail(String billToEmail) { this.billToEmail = billToEmail; }
    public String getBillToAddress() { return billToAddress; }
    public void setBillToAddress(String billToAddress) { this.billToAddress = billToAddress; }
    public List<LineForm> getItems() { return items; }
    public void setItems(List<LineForm> items) { this.items = items; }
    public GstCalculation.Discount.Kind getDiscountKind() { return discountKind; }
    public void setDiscountKind(GstCalculation.Discount.Kind discountKind) { this.discountKind = discountKind; }
    public String getDiscountValue() { return discountValue; }
    public void setDiscountValue(String discountValue) { this.discountValue = discountValue; }
    public String getShippingDescription() { return shippingDescription; }
    public void setShippingDescription(String shippingDescription) { this.shippingDescription = shippingDescription; }
    public String getShipping() { return shipping; }
    public void setShipping(String shipping) { this.shipping = shipping; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getTerms() { return terms; }
    public void setTerms(String terms) { this.terms = terms; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    /** One editor row. */
    public static class LineForm {

        private String description;
        private String quantity = "1";
        private String unitPrice;
        private String discountPercent = "0";
        private boolean gstFree;
        private Long templateId;
        private Long materialId;
        private String grams;
        private String hours;

        static LineForm of(LineItem item) {
            LineForm form = new LineForm();
            form.description = item.description();
            form.quantity = item.quantity().stripTrailingZeros().toPlainString();
            form.unitPrice = item.unitPrice().plain();
            form.discountPercent = item.discountPercent().stripTrailingZeros().toPlainString();
            form.gstFree = item.gstFree();
            form.templateId = item.productTemplateId();
            form.materialId = item.materialId();
            form.grams = item.grams() == null ? null : item.grams().stripTrailingZeros().toPlainString();
            form.hours = item.printHours() == null ? null : item.printHours().stripTrailingZeros().toPlainString();
            return form;
        }

        boolean isBlank() {
            return (description == null || description.isBlank()) && (unitPrice == null || unitPrice.isBlank())
                    && templateId == null && materialId == null;
        }

        /** A line naming a template or material without a price is priced from the catalog. */
        private void priceFromCatalog(Errors errors, String path, LinePricing pricing) {
            if ((templateId == null && materialId == null) || (unitPrice != null && !unitPrice.isBlank())) {
                return;
            }
            BigDecimal g = grams == null || grams.isBlank() ? null
                    : Parsing.decimal(grams, errors, path + "grams", "Enter grams, like 42.5", 2);
            BigDecimal h = hours == null || hours.isBlank() ? null
                    : Parsing.decimal(hours, errors, path + "hours", "Enter hours, like 1.5", 2);
            try {
                LinePricing.Priced priced = pricing.price(templateId, materialId, g, h);
                unitPrice = priced.unitPrice().plain();
                if (description == null || description.isBlank()) {
                    description = priced.description();
                }
                materialId = priced.materialId();
                grams = priced.grams() == null ? null : priced.grams().toPlainString();
                hours = priced.hours() == null ? null : priced.hours().toPlainString();
            }
            catch (IllegalArgumentException ex) {
                errors.rejectValue(path + (materialId == null && templateId == null ? "materialId" : "grams"), "catalog",
                        ex.getMessage());
            }
        }

        Optional<LineItem> toItem(Errors errors, String path, LinePricing pricing) {
            priceFromCatalog(errors, path, pricing);
            if (description == null || description.isBlank()) {
                errors.rejectValue(path + "description", "required", "Describe the line");
            }
            BigDecimal qty = Parsing.decimal(quantity, errors, path + "quantity", "Enter a quantity above 0", 3);
            if (qty != null && qty.signum() <= 0) {
                errors.rejectValue(path + "quantity", "range", "Enter a quantity above 0");
            }
            Money price = Parsing.money(unitPrice, errors, path + "unitPrice");
            BigDecimal discount = Parsing.decimal(discountPercent == null || discountPercent.isBlank() ? "0"
                    : discountPercent, errors, path + "discountPercent", "Enter a discount from 0 to 100", 2);
            if (discount != null && (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0)) {
                errors.rejectValue(path + "discountPercent", "range", "Enter a discount from 0 to 100");
            }
            if (errors.hasFieldErrors(path + "*")) {
                return Optional.empty();
            }
            return Optional.of(new LineItem(description, qty, price, discount, gstFree, templateId, materialId,
                    decimalOrNull(grams), decimalOrNull(hours)));
        }

        private static BigDecimal decimalOrNull(String value) {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String quantity) { this.quantity = quantity; }
        public String getUnitPrice() { return unitPrice; }
        public void setUnitPrice(String unitPrice) { this.unitPrice = unitPrice; }
        public String getDiscountPercent() { return discountPercent; }
        public void setDiscountPercent(String discountPercent) { this.discountPercent = discountPercent; }
        public boolean isGstFree() { return gstFree; }
        public void setGstFree(boolean gstFree) { this.gstFree = gstFree; }
        public Long getTemplateId() { return templateId; }
        public void setTemplateId(Long templateId) { this.templateId = templateId; }
        public Long getMaterialId() { return materialId; }
        public void setMaterialId(Long materialId) { this.materialId = materialId; }
        public String getGrams() { return grams; }
        public void setGrams(String grams) { this.grams = grams; }
        public String getHours() { return hours; }
        public void setHours(String hours) { this.hours = hours; }
    }
}
