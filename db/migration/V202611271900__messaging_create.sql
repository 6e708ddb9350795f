-- Conversations between a client and the bureau, their messages, and how far each user has read.
-- client_id, related_id and author_user_id refer to other modules' rows by ID only (no foreign keys).
CREATE TABLE conversations
(
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id              BIGINT                   NOT NULL,
    -- stored so the inbox never joins the clients table (like bill-to names on invoices)
    client_name            TEXT                     NOT NULL,
    subject                TEXT                     NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    related_type           TEXT CHECK (related_type IN ('INVOICE', 'JOB')),
    related_id             BIGINT,
    related_label          TEXT,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    last_message_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the newest message from each side: unread counts look only at conversations where these moved
    last_client_message_id BIGINT,
    last_bureau_message_id BIGINT,
    CHECK ((related_type IS NULL) = (related_id IS NULL))
);
CREATE INDEX conversations_inbox_idx ON conversations (last_message_at DESC, id DESC);
CREATE INDEX conversations_client_idx ON conversations (client_id, last_message_at DESC);

CREATE TABLE messages
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id BIGINT                   NOT NULL REFERENCES conversations (id),
    author_user_id  BIGINT                   NOT NULL,
    author_name     TEXT                     NOT NULL,
    from_client     BOOLEAN                  NOT NULL,
    body            TEXT                     NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX messages_conversation_idx ON messages (conversation_id, id);
-- the rate limit counts a user's messages of the last minute
CREATE INDEX messages_author_time_idx ON messages (author_user_id, created_at);

-- Per user: the newest message they have seen in a conversation. No row = nothing read yet.
CREATE TABLE conversation_reads
(
    conversation_id      BIGINT NOT NULL REFERENCES conversations (id),
    user_id              BIGINT NOT NULL,
    last_read_message_id BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
);
