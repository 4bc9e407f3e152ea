-- Further identities a subject proved for one request (an old address, a customer number), each through the
-- channel on file for it; the challenge that proves one names what it proves.
CREATE SEQUENCE request_identity_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE request_identity (
    id              BIGINT PRIMARY KEY,
    request_id      BIGINT NOT NULL REFERENCES privacy_request (id),
    kind            VARCHAR(20) NOT NULL,
    system_name     VARCHAR(100) NOT NULL,
    identity_value  VARCHAR(320) NOT NULL,
    proven_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_request_identity UNIQUE (request_id, kind, system_name, identity_value)
);
ALTER TABLE verification_challenge ADD COLUMN identity_kind VARCHAR(20);
ALTER TABLE verification_challenge ADD COLUMN identity_system VARCHAR(100);
ALTER TABLE verification_challenge ADD COLUMN identity_value VARCHAR(320);
