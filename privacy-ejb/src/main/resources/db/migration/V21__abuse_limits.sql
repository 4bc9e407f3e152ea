-- A one-click unsubscribe link works once: the hash of every used link, with the request it made. The primary key
-- is what makes fifty parallel replays one unsubscription.
CREATE TABLE unsubscribe_use (
    token_hash  VARCHAR(64) PRIMARY KEY,
    request_id  VARCHAR(36),
    used_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Finishing a request (building its archive, sending its answer) that keeps failing ends in ERROR after a few
-- attempts instead of being tried every few seconds for ever; the last reason is kept for staff.
ALTER TABLE privacy_request ADD COLUMN completion_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE privacy_request ADD COLUMN completion_error VARCHAR(1000);

-- Mails of the privacy mailbox set aside after failing again and again (they stay in the mailbox, flagged), listed
-- for staff with the reason.
CREATE SEQUENCE inbound_set_aside_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inbound_set_aside (
    id            BIGINT PRIMARY KEY,
    message_id    VARCHAR(998),
    sender        VARCHAR(320),
    subject       VARCHAR(500),
    reason        VARCHAR(1000) NOT NULL,
    attempts      INTEGER NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE,
    set_aside_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_set_aside_at ON inbound_set_aside (set_aside_at);
