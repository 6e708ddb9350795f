-- Adjustment notes: numbered documents (AN-000001) that reduce what an invoice charges, one per
-- refund (keyed by refund ID, so a refund reported twice makes one note).
CREATE TABLE adjustment_notes
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id   BIGINT                   NOT NULL REFERENCES invoices (id),
    number       TEXT                     NOT NULL UNIQUE,
    refund_id    BIGINT UNIQUE,
    amount_cents BIGINT                   NOT NULL CHECK (amount_cents > 0),
    reason       TEXT                     NOT NULL,
    issued_on    DATE                     NOT NULL,
    pdf_key      TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX adjustment_notes_invoice_idx ON adjustment_notes (invoice_id);

ALTER TABLE invoices
    ADD COLUMN amount_adjusted_cents BIGINT NOT NULL DEFAULT 0 CHECK (amount_adjusted_cents >= 0),
    ADD COLUMN amount_refunded_cents BIGINT NOT NULL DEFAULT 0 CHECK (amount_refunded_cents >= 0);
