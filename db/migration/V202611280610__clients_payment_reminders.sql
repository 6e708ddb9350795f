-- Per-client opt-out of overdue payment reminders (notifications reads it through ClientSummary).
ALTER TABLE clients ADD COLUMN payment_reminders BOOLEAN NOT NULL DEFAULT TRUE;
