-- Staff notes on a request: working notes kept with it, each with its author and time.
CREATE SEQUENCE request_note_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE request_note (
    id          BIGINT PRIMARY KEY,
    request_id  BIGINT NOT NULL REFERENCES privacy_request (id),
    author      VARCHAR(100) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    note_text   VARCHAR(2000) NOT NULL
);
CREATE INDEX ix_request_note_request ON request_note (request_id);
