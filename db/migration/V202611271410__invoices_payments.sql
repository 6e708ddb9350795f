-- The payments applied to each invoice, keyed by payment ID: applying the same payment twice
-- (a redelivered event, a manual payment seen again by the listener) changes nothing.
CREATE TABLE invoice_payments
(
    payment_id   BIGINT PRIMARY KEY,
    invoice_id   BIGINT                   NOT NULL REFERENCES invoices (id),
    amount_cents BIGINT                   NOT NULL CHECK (amount_cents > 0),
    applied_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX invoice_payments_invoice_idx ON invoice_payments (invoice_id);
