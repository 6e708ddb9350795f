CREATE TABLE users
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         TEXT                     NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
    display_name  TEXT                     NOT NULL,
    password_hash TEXT,
    role          TEXT                     NOT NULL CHECK (role IN ('ADMIN', 'CLIENT')),
    -- a CLIENT belongs to exactly one client; an ADMIN to none (clients are another module: ID only)
    client_id     BIGINT,
    active        BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_client_role CHECK ((role = 'CLIENT') = (client_id IS NOT NULL))
);
CREATE INDEX users_client_idx ON users (client_id);

-- Failed sign-ins per email, shared by every instance: 5 failures lock the email for 15 minutes.
CREATE TABLE login_attempts
(
    email           TEXT PRIMARY KEY,
    failures        INT                      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);

-- One-time links to set a password (new staff, portal invitations). Only the SHA-256 of the token is kept.
CREATE TABLE password_tokens
(
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT                   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT                     NOT NULL CHECK (purpose IN ('SET_PASSWORD', 'RESET_PASSWORD')),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX password_tokens_user_idx ON password_tokens (user_id);

-- "Remember me" (opt-in on the login form): Spring Security's persistent token table.
CREATE TABLE persistent_logins
(
    username  VARCHAR(254) NOT NULL,
    series    VARCHAR(64) PRIMARY KEY,
    token     VARCHAR(64)  NOT NULL,
    last_used TIMESTAMP    NOT NULL
);
CREATE INDEX persistent_logins_username_idx ON persistent_logins (username);
