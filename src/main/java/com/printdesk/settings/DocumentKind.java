package com.printdesk.settings;

/** The numbered documents: quotes (QT-), tax invoices (INV-) and adjustment notes (AN-). */
public enum DocumentKind {
    QUOTE, INVOICE, ADJUSTMENT
}
