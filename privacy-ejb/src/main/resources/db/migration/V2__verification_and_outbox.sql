-- Proof of the requester's address (one-time codes and link tokens), rate limits, and the mail outbox.

-- The language the subject wrote in (mails to them use it) and the hash of their token for following the request.
ALTER TABLE privacy_request ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE privacy_request ADD COLUMN subject_token_hash VARCHAR(64);

CREATE SEQUENCE verification_challenge_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE verification_challenge (
    id             BIGINT PRIMARY KEY,
    request_id     BIGINT NOT NULL REFERENCES privacy_request (id),
    sent_to        VARCHAR(320) NOT NULL,
    code_hash      VARCHAR(64) NOT NULL,
    token_hash     VARCHAR(64) NOT NULL UNIQUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts       INTEGER NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE,
    closed_because VARCHAR(20),
    version        BIGINT NOT NULL
);
CREATE INDEX ix_challenge_request ON verification_challenge (request_id);

-- Keys are HMACs of addresses and IP addresses: the table says how often, never who.
CREATE SEQUENCE rate_limit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rate_limit_event (
    id           BIGINT PRIMARY KEY,
    bucket       VARCHAR(40) NOT NULL,
    key_hash     VARCHAR(64) NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_rate_limit ON rate_limit_event (bucket, key_hash, occurred_at);

-- Mails are written in the transaction that decided to send them and delivered afterwards; the body is blanked
-- once delivered, so that no code or link outlives its mail here.
CREATE SEQUENCE outbox_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_mail (
    id               BIGINT PRIMARY KEY,
    request_id       VARCHAR(36),
    recipient        VARCHAR(320) NOT NULL,
    template         VARCHAR(60) NOT NULL,
    language         VARCHAR(8) NOT NULL,
    subject          VARCHAR(300) NOT NULL,
    body             VARCHAR(8000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    version          BIGINT NOT NULL
);
CREATE INDEX ix_outbox_due ON outbox_mail (sent_at, next_attempt_at);
