-- A payment taken off an invoice keeps its row, marked removed: a PaymentRecorded event delivered
-- after the removal then still finds the payment ID and changes nothing.
ALTER TABLE invoice_payments ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
