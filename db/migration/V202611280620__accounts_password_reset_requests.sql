-- "Forgot password?" requests, counted for the rate limit (per email and per client IP, per hour),
-- whether or not the email belongs to a user. The email is stored as its SHA-256, not in clear.
CREATE TABLE password_reset_requests
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email_hash   TEXT                     NOT NULL,
    ip           TEXT                     NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX password_reset_requests_email ON password_reset_requests (email_hash, requested_at);
CREATE INDEX password_reset_requests_ip ON password_reset_requests (ip, requested_at);
