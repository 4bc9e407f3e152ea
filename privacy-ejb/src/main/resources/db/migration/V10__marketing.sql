-- Marketing: which purposes are direct marketing (an objection to it withdraws them all), and double opt-in
-- sign-ups waiting for the confirmation link (only the token's hash is kept; unconfirmed ones expire).

ALTER TABLE consent_purpose ADD COLUMN direct_marketing BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE consent_purpose SET direct_marketing = TRUE WHERE code IN ('newsletter', 'partner-sharing');

CREATE SEQUENCE marketing_signup_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE marketing_signup (
    id              BIGINT PRIMARY KEY,
    email           VARCHAR(320) NOT NULL,
    purpose_code    VARCHAR(60) NOT NULL REFERENCES consent_purpose (code),
    notice_hash     VARCHAR(64) NOT NULL REFERENCES consent_notice (hash),
    token_hash      VARCHAR(64) NOT NULL UNIQUE,
    language        VARCHAR(8) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    version         BIGINT NOT NULL
);
CREATE INDEX ix_signup_expiry ON marketing_signup (confirmed_at, expires_at);
