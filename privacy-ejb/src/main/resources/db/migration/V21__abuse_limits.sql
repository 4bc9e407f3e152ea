-- A one-click unsubscribe link works once: the hash of every used link, with the request it made. The primary key
-- is what makes fifty parallel replays one unsubscription.
CREATE TABLE unsubscribe_use (
    token_hash  VARCHAR(64) PRIMARY KEY,
    request_id  VARCHAR(36),
    used_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
