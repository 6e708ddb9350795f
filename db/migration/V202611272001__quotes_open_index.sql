-- Quotes awaiting an answer (dashboards): sent and not yet past their expiry date.
CREATE INDEX quotes_status_expiry_idx ON quotes (status, expiry_date);
