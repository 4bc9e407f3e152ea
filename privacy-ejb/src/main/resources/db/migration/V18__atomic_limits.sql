-- Rate limits count in one row per bucket, key and window (the window's start in epoch seconds). A conditional
-- UPDATE raises the count only while it is below the limit, so parallel attempts cannot all pass a count taken
-- before any of them was stored; the row is created by the first attempt of a window.
CREATE TABLE rate_limit_window (
    bucket        VARCHAR(40) NOT NULL,
    key_hash      VARCHAR(64) NOT NULL,
    window_start  BIGINT NOT NULL,
    hits          INTEGER NOT NULL,
    CONSTRAINT pk_rate_limit_window PRIMARY KEY (bucket, key_hash, window_start)
);
CREATE INDEX ix_rate_limit_window_start ON rate_limit_window (window_start);
DROP TABLE rate_limit_event;
DROP SEQUENCE rate_limit_event_seq;

-- The owner of a further identity is told when it joins a request, with a single-use link (only its hash is kept)
-- that takes the identity off the request again while no work has started.
ALTER TABLE request_identity ADD COLUMN notified_to VARCHAR(320);
ALTER TABLE request_identity ADD COLUMN refusal_token_hash VARCHAR(64);
CREATE UNIQUE INDEX uq_request_identity_refusal ON request_identity (refusal_token_hash);
