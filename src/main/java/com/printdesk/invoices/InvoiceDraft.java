package com.printdesk.invoices;

import com.printdesk.shared.DocumentDetails;

/** What a new or edited invoice says before it is issued: from the admin form, a quote or a shop order. */
public record InvoiceDraft(long clientId, DocumentDetails details) {
}
