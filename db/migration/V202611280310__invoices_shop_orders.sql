-- A paid shop order becomes one invoice: shop_attempt_id (an ordering row, by ID) is unique so a
-- retried fulfilment finds the invoice it made instead of making a second one. delivery is what the
-- invoice, its PDF and the order's jobs print: "Pickup" or the shipping address.
ALTER TABLE invoices ADD COLUMN shop_attempt_id BIGINT UNIQUE;
ALTER TABLE invoices ADD COLUMN delivery TEXT CHECK (delivery IS NULL OR length(delivery) BETWEEN 1 AND 500);
