-- An attachment is the bureau's own (a receipt, a photo of a fault) until it is shared with the client,
-- who then sees and downloads it on the invoice page in the portal (the order's files).
ALTER TABLE invoice_attachments ADD COLUMN shared_with_client boolean NOT NULL DEFAULT false;
