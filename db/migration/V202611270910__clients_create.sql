CREATE TABLE clients
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        TEXT                     NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    company     TEXT CHECK (length(company) <= 160),
    email       TEXT                     NOT NULL CHECK (length(email) <= 254),
    phone       TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    archived_at TIMESTAMP WITH TIME ZONE,
    version     BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX clients_email_idx ON clients (lower(email));
