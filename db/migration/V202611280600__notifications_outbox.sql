-- The email outbox: every email is a row written in the transaction of what causes it (or by an
-- idempotent listener keyed by its cause), then sent by the db-scheduler task "send-outbox".
-- cause_key is what makes a cause send at most one email: "payment-receipt:123", "reminder:45:7".
-- related_type/related_id name another module's row by ID only (no cross-module foreign keys).
CREATE TABLE outbox_emails
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cause_key       TEXT                     NOT NULL UNIQUE,
    recipient       TEXT                     NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
    subject         TEXT                     NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    template        TEXT                     NOT NULL CHECK (template ~ '^[a-z][a-z0-9-]*$'),
    -- the template's variables, all strings; emptied once a mail carrying a secret link is sent
    model           JSONB                    NOT NULL,
    -- [{"bucket": "PDFS", "key": "...", "name": "Tax-invoice-INV-000001.pdf"}]
    attachments     JSONB                    NOT NULL DEFAULT '[]',
    sensitive       BOOLEAN                  NOT NULL DEFAULT FALSE,
    status          TEXT                     NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    attempts        INTEGER                  NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      TEXT,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    related_type    TEXT,
    related_id      BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);

-- what the sender claims: due queued mail, oldest first
CREATE INDEX outbox_emails_due ON outbox_emails (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX outbox_emails_created ON outbox_emails (created_at DESC, id DESC);
CREATE INDEX outbox_emails_related ON outbox_emails (related_type, related_id);

-- The bureau's mail choices (one row): where replies go, and whether the bureau's own address gets a
-- blind copy of every email sent to a client.
CREATE TABLE notification_settings
(
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    reply_to   TEXT CHECK (reply_to IS NULL OR length(reply_to) BETWEEN 3 AND 254),
    bcc_bureau BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO notification_settings (id) VALUES (1);
