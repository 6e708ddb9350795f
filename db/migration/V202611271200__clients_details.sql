-- Back office details of a client: what invoices and PDFs print (ABN, billing address), the admin's
-- notes, and payment terms that override the business default (NULL = use the default from settings).
ALTER TABLE clients
    ADD COLUMN abn                TEXT CHECK (abn ~ '^[0-9]{11}$'),
    ADD COLUMN billing_address    TEXT CHECK (length(billing_address) <= 500),
    ADD COLUMN notes              TEXT CHECK (length(notes) <= 4000),
    ADD COLUMN payment_terms_days INT CHECK (payment_terms_days BETWEEN 0 AND 365);

-- The admin list sorts by name (case-insensitive) by default and hides archived clients.
CREATE INDEX clients_name_idx ON clients (lower(name), id) WHERE archived_at IS NULL;
