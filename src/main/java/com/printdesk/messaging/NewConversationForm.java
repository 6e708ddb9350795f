package com.printdesk.messaging;

/**
 * Starting a conversation: a subject, optionally an invoice (or, for the bureau, a job) and the first message.
 * The IDs arrive as text so a mistyped job number is a form error in our words, not a conversion failure.
 */
record NewConversationForm(String subject, String invoiceId, String jobId, String body) {

    static NewConversationForm empty(Long invoiceId) {
        return new NewConversationForm("", invoiceId == null ? null : invoiceId.toString(), null, "");
    }

    /** One of them or neither. */
    RelatedRecord related() {
        Long invoice = id("invoiceId", invoiceId, "Choose one of the invoices listed.");
        Long job = id("jobId", jobId, "A job number is a whole number, like 42.");
        if (invoice != null && job != null) {
            throw new InvalidMessage("jobId", "Choose an invoice or a job, not both.");
        }
        if (invoice != null) {
            return RelatedRecord.invoice(invoice);
        }
        return job != null ? RelatedRecord.job(job) : null;
    }

    /** A client's form offers invoices only: a job ID cannot be checked against the client yet. */
    RelatedRecord invoiceOnly() {
        return new NewConversationForm(subject, invoiceId, null, body).related();
    }

    private static Long id(String field, String value, String problem) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        }
        catch (NumberFormatException ex) {
            // answered below
        }
        throw new InvalidMessage(field, problem);
    }
}
