-- Money given back. Stripe refunds are keyed by their refund ID (re_...), so the API call and the
-- refund.* webhooks converge on one row; a manual refund (bank transfer back, cash) has none.
CREATE TABLE refunds
(
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payment_id          BIGINT                   NOT NULL REFERENCES payments (id),
    amount_cents        BIGINT                   NOT NULL CHECK (amount_cents > 0),
    reason              TEXT                     NOT NULL,
    processor           TEXT,
    processor_refund_id TEXT,
    status              TEXT                     NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    recorded_by         TEXT                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT refunds_processor_unique UNIQUE (processor, processor_refund_id)
);
CREATE INDEX refunds_payment_idx ON refunds (payment_id);
