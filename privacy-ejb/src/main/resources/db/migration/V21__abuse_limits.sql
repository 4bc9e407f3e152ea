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
