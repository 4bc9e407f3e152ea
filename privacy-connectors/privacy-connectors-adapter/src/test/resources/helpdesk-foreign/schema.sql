-- A help desk the connector was not written for (the same SQL on PostgreSQL and H2): a person's addresses in a table
-- of their own, cases with staff entries inside the customer's case, messages reached as the customer's
-- correspondence and through a case entry, chats known only by the visitor's address, base64 attachments, invoices
-- that must be kept, and a placeholder person (pid 0) that history is handed to.

CREATE TABLE crm_person (
    pid          BIGINT PRIMARY KEY,
    full_name    VARCHAR(200) NOT NULL,
    primary_email VARCHAR(320),
    customer_no  VARCHAR(40),
    newsletter   BOOLEAN NOT NULL,
    created_at   TIMESTAMP NOT NULL
);

CREATE TABLE person_address (
    id         BIGINT PRIMARY KEY,
    person_id  BIGINT NOT NULL REFERENCES crm_person (pid),
    address    VARCHAR(320) NOT NULL,
    kind       VARCHAR(20) NOT NULL
);

CREATE TABLE portal_login (
    id             BIGINT PRIMARY KEY,
    person_id      BIGINT NOT NULL REFERENCES crm_person (pid),
    username       VARCHAR(100) NOT NULL,
    phone          VARCHAR(40),
    login_enabled  BOOLEAN NOT NULL
);

CREATE TABLE support_case (
    id           BIGINT PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES crm_person (pid),
    title        VARCHAR(300) NOT NULL,
    opened_on    DATE NOT NULL
);

CREATE TABLE message (
    id                BIGINT PRIMARY KEY,
    sender_person_id  BIGINT REFERENCES crm_person (pid),
    body              VARCHAR(4000) NOT NULL,
    sent_at           TIMESTAMP NOT NULL
);

-- Staff work inside a customer's case; an entry may carry a message (no foreign key, as in many help desks).
CREATE TABLE case_entry (
    id          BIGINT PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES support_case (id),
    staff_name  VARCHAR(200) NOT NULL,
    note        VARCHAR(4000),
    message_id  BIGINT
);

CREATE TABLE attachment (
    id          BIGINT PRIMARY KEY,
    message_id  BIGINT NOT NULL REFERENCES message (id),
    file_name   VARCHAR(255) NOT NULL,
    data_b64    VARCHAR(20000) NOT NULL
);

CREATE TABLE chat (
    id             BIGINT PRIMARY KEY,
    visitor_email  VARCHAR(320) NOT NULL,
    visitor_name   VARCHAR(200),
    transcript     VARCHAR(4000) NOT NULL,
    started_at     TIMESTAMP NOT NULL
);

CREATE TABLE invoice (
    id            BIGINT PRIMARY KEY,
    person_id     BIGINT NOT NULL REFERENCES crm_person (pid),
    billing_name  VARCHAR(200) NOT NULL,
    amount_cents  BIGINT NOT NULL,
    issued_on     DATE NOT NULL
);
