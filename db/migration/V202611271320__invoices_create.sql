-- Tax invoices. Amounts are AUD cents; lines keep the price as entered (see price_entry).
CREATE TABLE invoices
(
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id            BIGINT                   NOT NULL,
    number               TEXT UNIQUE,
    status               TEXT                     NOT NULL CHECK (status IN
        ('DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID', 'WRITTEN_OFF', 'REFUNDED')),
    price_entry          TEXT                     NOT NULL CHECK (price_entry IN ('EXCLUSIVE', 'INCLUSIVE')),
    bill_to_name         TEXT                     NOT NULL,
    bill_to_company      TEXT,
    bill_to_abn          TEXT CHECK (bill_to_abn ~ '^[0-9]{11}$'),
    bill_to_email        TEXT,
    bill_to_address      TEXT,
    issue_date           DATE,
    due_date             DATE,
    discount_kind        TEXT                     NOT NULL CHECK (discount_kind IN ('PERCENT', 'AMOUNT')),
    discount_value       NUMERIC(12, 2)           NOT NULL CHECK (discount_value >= 0),
    shipping_description TEXT,
    shipping_cents       BIGINT                   NOT NULL CHECK (shipping_cents >= 0),
    notes                TEXT,
    terms                TEXT,
    gst_registered       BOOLEAN                  NOT NULL,
    subtotal_cents       BIGINT                   NOT NULL,
    gst_cents            BIGINT                   NOT NULL,
    total_cents          BIGINT                   NOT NULL,
    amount_paid_cents    BIGINT                   NOT NULL DEFAULT 0,
    -- a quote converts into at most one invoice
    quote_id             BIGINT UNIQUE,
    replaces_invoice_id  BIGINT REFERENCES invoices (id),
    void_reason          TEXT,
    written_off_reason   TEXT,
    pdf_key              TEXT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at            TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT invoices_number_when_issued CHECK ((status = 'DRAFT') = (number IS NULL)),
    CONSTRAINT invoices_void_has_reason CHECK (status <> 'VOID' OR void_reason IS NOT NULL),
    CONSTRAINT invoices_write_off_has_reason CHECK (status <> 'WRITTEN_OFF' OR written_off_reason IS NOT NULL)
);
CREATE INDEX invoices_client_idx ON invoices (client_id, created_at DESC);
CREATE INDEX invoices_list_idx ON invoices (created_at DESC, id DESC);
CREATE INDEX invoices_status_due_idx ON invoices (status, due_date);

CREATE TABLE invoice_items
(
    invoice_id          BIGINT        NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position            INT           NOT NULL,
    description         TEXT          NOT NULL,
    quantity            NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
    unit_price_cents    BIGINT        NOT NULL CHECK (unit_price_cents >= 0),
    discount_percent    NUMERIC(5, 2) NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
    gst_free            BOOLEAN       NOT NULL,
    line_total_cents    BIGINT        NOT NULL,
    product_template_id BIGINT,
    material_id         BIGINT,
    grams               NUMERIC(12, 2),
    print_hours         NUMERIC(8, 2),
    PRIMARY KEY (invoice_id, position)
);

CREATE TABLE invoice_attachments
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id    BIGINT                   NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    storage_key   TEXT                     NOT NULL UNIQUE,
    original_name TEXT                     NOT NULL,
    content_type  TEXT                     NOT NULL,
    size_bytes    BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX invoice_attachments_invoice_idx ON invoice_attachments (invoice_id);
