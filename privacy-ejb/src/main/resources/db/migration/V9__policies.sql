-- Policy documents (privacy policy, terms, login disclaimers, channel notices) in published, immutable versions;
-- acknowledgements of them, sealed like consent records but a different legal fact; and the notices that told
-- people about a new version, one per person and version.

CREATE SEQUENCE policy_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE policy_version (
    id                        BIGINT PRIMARY KEY,
    document                  VARCHAR(60) NOT NULL,
    -- Where the login gate shows the document: webmail, helpdesk, chat, portal.
    channel                   VARCHAR(40) NOT NULL,
    version                   INTEGER NOT NULL,
    language                  VARCHAR(8) NOT NULL,
    title                     VARCHAR(200) NOT NULL,
    body                      VARCHAR(100000) NOT NULL,
    content_hash              VARCHAR(64) NOT NULL,
    requires_acknowledgement  BOOLEAN NOT NULL,
    published_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by              VARCHAR(100) NOT NULL,
    CONSTRAINT uq_policy_version UNIQUE (document, version, language)
);
CREATE INDEX ix_policy_channel ON policy_version (channel, document, version);

CREATE SEQUENCE acknowledgement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acknowledgement (
    id              BIGINT PRIMARY KEY,
    subject_id      BIGINT NOT NULL REFERENCES data_subject (id),
    document        VARCHAR(60) NOT NULL,
    version         INTEGER NOT NULL,
    language        VARCHAR(8) NOT NULL,
    content_hash    VARCHAR(64) NOT NULL,
    channel         VARCHAR(40) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    source_network  VARCHAR(50),
    user_agent      VARCHAR(500),
    recorded_by     VARCHAR(100) NOT NULL,
    seal            VARCHAR(64) NOT NULL,
    audit_seq       BIGINT NOT NULL
);
CREATE INDEX ix_acknowledgement_subject ON acknowledgement (subject_id, document, version);
CREATE INDEX ix_acknowledgement_document ON acknowledgement (document, version);

CREATE TABLE policy_notice (
    subject_id  BIGINT NOT NULL REFERENCES data_subject (id),
    document    VARCHAR(60) NOT NULL,
    version     INTEGER NOT NULL,
    queued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subject_id, document, version)
);
