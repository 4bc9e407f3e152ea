-- When approval (or, for an objection to marketing, the law) started a request's work. Only a started request
-- completes, retries or needs a decider to be cancelled. Requests that have tasks, or were past approval, started.
ALTER TABLE privacy_request ADD COLUMN work_started_at TIMESTAMP WITH TIME ZONE;
UPDATE privacy_request SET work_started_at = updated_at
    WHERE id IN (SELECT request_id FROM request_task)
       OR status IN ('IN_PROGRESS', 'ERROR', 'COMPLETED')
       OR (status = 'PAUSED' AND paused_from IN ('IN_PROGRESS', 'ERROR'));
ALTER TABLE privacy_request ADD COLUMN cancellation_reason VARCHAR(2000);

-- A request another system filed for its logged-in user: which system vouched for the address, and the hash of
-- the token the address's owner objects with (mailed to that address, never to the system).
ALTER TABLE privacy_request ADD COLUMN vouched_by VARCHAR(100);
ALTER TABLE privacy_request ADD COLUMN objection_token_hash VARCHAR(64);
CREATE UNIQUE INDEX ux_request_objection_token ON privacy_request (objection_token_hash);

-- What each API key may do, chosen by the administrator who issues it.
CREATE TABLE api_client_scope (
    client_id BIGINT NOT NULL REFERENCES api_client (id),
    scope     VARCHAR(40) NOT NULL,
    PRIMARY KEY (client_id, scope)
);
-- Keys issued before scopes existed keep everything they were used for, except vouching for a logged-in user:
-- that must be granted explicitly, with the system and the address domains it speaks for.
INSERT INTO api_client_scope (client_id, scope) SELECT id, 'RECORD_CONSENT' FROM api_client;
INSERT INTO api_client_scope (client_id, scope) SELECT id, 'CHECK_CONSENT' FROM api_client;
INSERT INTO api_client_scope (client_id, scope) SELECT id, 'LOGIN_GATE' FROM api_client;
INSERT INTO api_client_scope (client_id, scope) SELECT id, 'UNSUBSCRIBE_HEADERS' FROM api_client;

-- A vouching key speaks for one system and for addresses in the domains named here (comma-separated).
ALTER TABLE api_client ADD COLUMN vouch_system VARCHAR(100);
ALTER TABLE api_client ADD COLUMN vouch_domains VARCHAR(1000);
