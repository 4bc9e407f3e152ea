-- The foundation schema: subjects and identities, requests and their per-system tasks, staff, audit chain,
-- idempotency records. Portable SQL: the same script runs on H2 (quick start) and PostgreSQL (production).

-- EclipseLink takes each value as the last id of a block of 50, so the sequences start at 50.
CREATE SEQUENCE data_subject_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE subject_identity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE privacy_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE request_task_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE staff_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE data_subject (
    id          BIGINT PRIMARY KEY,
    public_id   VARCHAR(36) NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE subject_identity (
    id              BIGINT PRIMARY KEY,
    subject_id      BIGINT NOT NULL REFERENCES data_subject (id),
    kind            VARCHAR(20) NOT NULL,
    system_name     VARCHAR(100) NOT NULL,
    identity_value  VARCHAR(320) NOT NULL,
    verified_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_identity UNIQUE (kind, system_name, identity_value)
);
CREATE INDEX ix_identity_subject ON subject_identity (subject_id);

CREATE TABLE privacy_request (
    id                BIGINT PRIMARY KEY,
    public_id         VARCHAR(36) NOT NULL UNIQUE,
    subject_id        BIGINT NOT NULL REFERENCES data_subject (id),
    request_type      VARCHAR(40) NOT NULL,
    channel           VARCHAR(20) NOT NULL,
    status            VARCHAR(30) NOT NULL,
    paused_from       VARCHAR(30),
    contact_email     VARCHAR(320) NOT NULL,
    details           VARCHAR(4000),
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    received_on       DATE NOT NULL,
    nominal_due_date  DATE NOT NULL,
    due_date          DATE NOT NULL,
    extended_due_date DATE,
    extension_reason  VARCHAR(2000),
    extended_at       TIMESTAMP WITH TIME ZONE,
    rejection_reason  VARCHAR(2000),
    duplicate_of      VARCHAR(36),
    assignee          VARCHAR(100),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT NOT NULL
);
CREATE INDEX ix_request_status_due ON privacy_request (status, due_date);
CREATE INDEX ix_request_subject ON privacy_request (subject_id);
CREATE INDEX ix_request_received ON privacy_request (received_at);

CREATE TABLE request_task (
    id           BIGINT PRIMARY KEY,
    request_id   BIGINT NOT NULL REFERENCES privacy_request (id),
    system_name  VARCHAR(100) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    attempts     INTEGER NOT NULL,
    last_error   VARCHAR(2000),
    outcome      VARCHAR(4000),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT NOT NULL,
    CONSTRAINT uq_task_system UNIQUE (request_id, system_name)
);

CREATE TABLE staff_user (
    id             BIGINT PRIMARY KEY,
    username       VARCHAR(100) NOT NULL UNIQUE,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    enabled        BOOLEAN NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT NOT NULL
);

CREATE TABLE staff_user_role (
    staff_user_id  BIGINT NOT NULL REFERENCES staff_user (id),
    role_name      VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_user_id, role_name)
);

CREATE TABLE audit_event (
    seq            BIGINT PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(60) NOT NULL,
    request_id     VARCHAR(36),
    subject_id     VARCHAR(36),
    system_name    VARCHAR(100),
    detail         VARCHAR(1000),
    previous_hash  VARCHAR(64) NOT NULL,
    hash           VARCHAR(64) NOT NULL
);
CREATE INDEX ix_audit_request ON audit_event (request_id);

CREATE TABLE audit_chain_head (
    id         INTEGER PRIMARY KEY,
    last_seq   BIGINT NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE idempotency_record (
    idempotency_key   VARCHAR(200) PRIMARY KEY,
    body_fingerprint  VARCHAR(64) NOT NULL,
    request_public_id VARCHAR(36) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
