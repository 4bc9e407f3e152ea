-- Running the work: a task is claimed by one instance until its lease ends, so that several instances sharing the
-- database never run it twice and a task of an instance that died is taken up again. Export packages, one per
-- request, with the hash of their download token. Challenges now also guard downloads.

ALTER TABLE request_task ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE verification_challenge ADD COLUMN purpose VARCHAR(20) DEFAULT 'IDENTITY' NOT NULL;

CREATE SEQUENCE export_package_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE export_package (
    id                   BIGINT PRIMARY KEY,
    request_id           BIGINT NOT NULL UNIQUE REFERENCES privacy_request (id),
    file_name            VARCHAR(200) NOT NULL,
    size_bytes           BIGINT NOT NULL,
    files                INTEGER NOT NULL,
    download_token_hash  VARCHAR(64) NOT NULL UNIQUE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at           TIMESTAMP WITH TIME ZONE,
    downloads            INTEGER NOT NULL,
    version              BIGINT NOT NULL
);
CREATE INDEX ix_export_expiry ON export_package (deleted_at, expires_at);
