-- Consent: purposes, the append-only records that prove each decision, the current state per subject and purpose
-- (the check API reads only that), the exact notice texts shown, and the systems that may call the consent API.

CREATE TABLE consent_purpose (
    code            VARCHAR(60) PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    -- Sale of personal data or sharing it with third parties: a Global Privacy Control signal opts out of these.
    sale_or_sharing BOOLEAN NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO consent_purpose (code, name, description, sale_or_sharing, created_at) VALUES
    ('newsletter', 'Newsletter', 'News about our products and events by email', FALSE, CURRENT_TIMESTAMP),
    ('product-analytics', 'Product analytics', 'How our products are used, to improve them', FALSE, CURRENT_TIMESTAMP),
    ('partner-sharing', 'Sharing with partners', 'Your contact details shared with our named partners for their offers',
     TRUE, CURRENT_TIMESTAMP);

-- Each text is stored once and named by its SHA-256.
CREATE TABLE consent_notice (
    hash        VARCHAR(64) PRIMARY KEY,
    body        VARCHAR(20000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE consent_record_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE consent_record (
    id              BIGINT PRIMARY KEY,
    subject_id      BIGINT NOT NULL REFERENCES data_subject (id),
    purpose_code    VARCHAR(60) NOT NULL REFERENCES consent_purpose (code),
    granted         BOOLEAN NOT NULL,
    notice_hash     VARCHAR(64) NOT NULL REFERENCES consent_notice (hash),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    channel         VARCHAR(40) NOT NULL,
    action          VARCHAR(200) NOT NULL,
    source_network  VARCHAR(50),
    user_agent      VARCHAR(500),
    recorded_by     VARCHAR(100) NOT NULL,
    -- SHA-256 over the fields above; the audit event at audit_seq repeats it, so neither can change unnoticed.
    seal            VARCHAR(64) NOT NULL,
    audit_seq       BIGINT NOT NULL
);
CREATE INDEX ix_consent_record_subject ON consent_record (subject_id, recorded_at);

CREATE TABLE consent_state (
    subject_id      BIGINT NOT NULL REFERENCES data_subject (id),
    purpose_code    VARCHAR(60) NOT NULL REFERENCES consent_purpose (code),
    granted         BOOLEAN NOT NULL,
    record_id       BIGINT NOT NULL REFERENCES consent_record (id),
    PRIMARY KEY (subject_id, purpose_code)
);

-- Other systems (webmail, help desk, chat) call the consent API with a key; only its SHA-256 is kept.
CREATE SEQUENCE api_client_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_client (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL UNIQUE,
    key_hash    VARCHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
