CREATE TABLE quotes
(
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id            BIGINT                   NOT NULL,
    number               TEXT UNIQUE,
    status               TEXT                     NOT NULL CHECK (status IN
        ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'CONVERTED')),
    expiry_date          DATE                     NOT NULL,
    price_entry          TEXT                     NOT NULL CHECK (price_entry IN ('EXCLUSIVE', 'INCLUSIVE')),
    bill_to_name         TEXT                     NOT NULL,
    bill_to_company      TEXT,
    bill_to_abn          TEXT CHECK (bill_to_abn ~ '^[0-9]{11}$'),
    bill_to_email        TEXT,
    bill_to_address      TEXT,
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
    invoice_id           BIGINT,
    pdf_key              TEXT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at              TIMESTAMP WITH TIME ZONE,
    responded_at         TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT quotes_number_once_sent CHECK ((status = 'DRAFT') = (number IS NULL)),
    CONSTRAINT quotes_converted_has_invoice CHECK ((status = 'CONVERTED') = (invoice_id IS NOT NULL))
);
CREATE INDEX quotes_client_idx ON quotes (client_id, created_at DESC);
CREATE INDEX quotes_list_idx ON quotes (created_at DESC, id DESC);

CREATE TABLE quote_items
(
    quote_id            BIGINT         NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    position            INT            NOT NULL,
    description         TEXT           NOT NULL,
    quantity            NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
    unit_price_cents    BIGINT         NOT NULL CHECK (unit_price_cents >= 0),
    discount_percent    NUMERIC(5, 2)  NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
    gst_free            BOOLEAN        NOT NULL,
    line_total_cents    BIGINT         NOT NULL,
    product_template_id BIGINT,
    material_id         BIGINT,
    grams               NUMERIC(12, 2),
    print_hours         NUMERIC(8, 2),
    PRIMARY KEY (quote_id, position)
);
