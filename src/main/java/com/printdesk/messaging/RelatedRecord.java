package com.printdesk.messaging;

/**
 * What a conversation is about, besides the client: an invoice or a print job, by ID. {@code name} is how
 * pages show it ("Invoice INV-000123"), fixed when the conversation starts (issued numbers never change).
 */
public record RelatedRecord(Type type, long id, String name) {

    public enum Type {
        INVOICE, JOB
    }

    public static RelatedRecord invoice(long id) {
        return new RelatedRecord(Type.INVOICE, id, null);
    }

    public static RelatedRecord job(long id) {
        return new RelatedRecord(Type.JOB, id, null);
    }

    static RelatedRecord of(String type, Long id, String name) {
        return type == null || id == null ? null : new RelatedRecord(Type.valueOf(type), id, name);
    }

    RelatedRecord named(String name) {
        return new RelatedRecord(type, id, name);
    }

    /** The stored name, else "Invoice #12" / "Job #7". */
    public String label() {
        return name != null ? name : (type == Type.INVOICE ? "Invoice" : "Job") + " #" + id;
    }

    public String adminPath() {
        return (type == Type.INVOICE ? "/admin/invoices/" : "/admin/jobs/") + id;
    }

    public String portalPath() {
        return (type == Type.INVOICE ? "/portal/invoices/" : "/portal/jobs/") + id;
    }
}
