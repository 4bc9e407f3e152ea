-- The reference help desk of schema-postgresql.sql for H2, the quick start's demo help desk. H2 has no indexes on
-- expressions, and its TEXT and BYTEA are large objects; these columns stay plain values instead.

CREATE TABLE IF NOT EXISTS agent (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    email         VARCHAR(320) NOT NULL
);

CREATE TABLE IF NOT EXISTS portal_user (
    id               BIGINT PRIMARY KEY,
    email            VARCHAR(320) NOT NULL,
    customer_number  VARCHAR(40),
    display_name     VARCHAR(200),
    phone            VARCHAR(40),
    is_active        BOOLEAN DEFAULT TRUE NOT NULL,
    created_at       TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_portal_user_email ON portal_user (email);
CREATE INDEX IF NOT EXISTS ix_portal_user_customer ON portal_user (customer_number);

CREATE TABLE IF NOT EXISTS ticket (
    id          BIGINT PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES portal_user (id),
    agent_id    BIGINT REFERENCES agent (id),
    subject     VARCHAR(300) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_ticket_user ON ticket (user_id);

CREATE TABLE IF NOT EXISTS ticket_message (
    id          BIGINT PRIMARY KEY,
    ticket_id   BIGINT NOT NULL REFERENCES ticket (id),
    author      VARCHAR(20) NOT NULL,
    body        CHARACTER VARYING NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_ticket_message_ticket ON ticket_message (ticket_id);

CREATE TABLE IF NOT EXISTS attachment (
    id          BIGINT PRIMARY KEY,
    message_id  BIGINT NOT NULL REFERENCES ticket_message (id),
    file_name   VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    content     BINARY VARYING NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_attachment_message ON attachment (message_id);

CREATE TABLE IF NOT EXISTS live_chat (
    id             BIGINT PRIMARY KEY,
    user_id        BIGINT REFERENCES portal_user (id),
    visitor_email  VARCHAR(320),
    visitor_name   VARCHAR(200),
    ip_address     VARCHAR(45),
    started_at     TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_live_chat_user ON live_chat (user_id);
CREATE INDEX IF NOT EXISTS ix_live_chat_visitor ON live_chat (visitor_email);

CREATE TABLE IF NOT EXISTS chat_message (
    id        BIGINT PRIMARY KEY,
    chat_id   BIGINT NOT NULL REFERENCES live_chat (id),
    sender    VARCHAR(20) NOT NULL,
    body      CHARACTER VARYING NOT NULL,
    sent_at   TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_chat_message_chat ON chat_message (chat_id);

CREATE TABLE IF NOT EXISTS kb_comment (
    id          BIGINT PRIMARY KEY,
    article_id  BIGINT NOT NULL,
    author_id   BIGINT REFERENCES portal_user (id),
    author_name VARCHAR(200),
    body        CHARACTER VARYING NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_kb_comment_author ON kb_comment (author_id);
