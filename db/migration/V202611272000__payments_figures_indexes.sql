-- Revenue by month (dashboard) sums payments by payment date and refunds by when they were made.
CREATE INDEX payments_paid_on_idx ON payments (paid_on);
CREATE INDEX refunds_created_idx ON refunds (created_at);
