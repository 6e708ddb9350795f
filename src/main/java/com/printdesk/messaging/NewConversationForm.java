package com.printdesk.messaging;

/** Starting a conversation: a subject, optionally an invoice (or, for the bureau, a job) and the first message. */
record NewConversationForm(String subject, Long invoiceId, Long jobId, String body) {

    static NewConversationForm empty(Long invoiceId) {
        return new NewConversationForm("", invoiceId, null, "");
    }

    /** The invoice wins when both are given; a client's form has no job field (they cannot be checked yet). */
    RelatedRecord related() {
        if (invoiceId != null) {
            return RelatedRecord.invoice(invoiceId);
        }
        return jobId != null ? RelatedRecord.job(jobId) : null;
    }
}
