package com.printdesk.messaging;

/** What a conversation is about, besides the client: an invoice or a print job, by ID. */
public record RelatedRecord(Type type, long id) {

    public enum Type {
        INVOICE, JOB
    }

    public static RelatedRecord invoice(long id) {
        return new RelatedRecord(Type.INVOICE, id);
    }

    public static RelatedRecord job(long id) {
        return new RelatedRecord(Type.JOB, id);
    }

    static RelatedRecord of(String type, Long id) {
        return type == null || id == null ? null : new RelatedRecord(Type.valueOf(type), id);
    }

    /** "Invoice #12", "Job #7": the invoice number itself is shown where the page knows it. */
    public String label() {
        return (type == Type.INVOICE ? "Invoice" : "Job") + " #" + id;
    }

    public String adminPath() {
        return (type == Type.INVOICE ? "/admin/invoices/" : "/admin/jobs/") + id;
    }

    public String portalPath() {
        return (type == Type.INVOICE ? "/portal/invoices/" : "/portal/jobs/") + id;
    }
}
