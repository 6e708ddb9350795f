-- A printer may have its own machine hour rate (NULL: the business's rate from settings), and one
-- printer may be marked to price the instant-quote shop. The mark lives on the printer rather than in
-- settings because settings cannot know printers (catalog depends on settings, not the reverse).
ALTER TABLE printers
    ADD COLUMN hour_rate    NUMERIC(12, 4) CHECK (hour_rate >= 0),
    ADD COLUMN shop_default BOOLEAN NOT NULL DEFAULT FALSE;

CREATE UNIQUE INDEX printers_one_shop_default ON printers (shop_default) WHERE shop_default;
