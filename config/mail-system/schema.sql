-- The user database of a Dovecot/Postfix virtual-user mail system, as the mail connector expects it by default.
-- Dovecot authenticates from it (dovecot-pgsql); the connector disables accounts, corrects display names,
-- restricts processing and unsubscribes addresses from lists through it. Other layouts work too: the connector's
-- SQL statements are configuration (see MailManagedConnectionFactory).

CREATE TABLE IF NOT EXISTS mail_user (
    email                  VARCHAR(320) PRIMARY KEY,
    display_name           VARCHAR(200),
    password_hash          VARCHAR(200) NOT NULL,
    enabled                BOOLEAN NOT NULL DEFAULT TRUE,
    processing_restricted  BOOLEAN NOT NULL DEFAULT FALSE
);

-- Whose a mailbox is: 'personal' (one person's) or 'shared' (support@, info@, a team's). Only a personal mailbox is
-- ever a subject's own; a shared one is searched like a colleague's, never exported whole, never deleted.
ALTER TABLE mail_user ADD COLUMN IF NOT EXISTS mailbox_kind VARCHAR(20) NOT NULL DEFAULT 'personal';

CREATE TABLE IF NOT EXISTS mail_alias (
    source       VARCHAR(320) PRIMARY KEY,
    destination  VARCHAR(320) NOT NULL
);

CREATE TABLE IF NOT EXISTS mailing_list (
    address  VARCHAR(320) PRIMARY KEY,
    name     VARCHAR(200) NOT NULL
);

CREATE TABLE IF NOT EXISTS mailing_list_member (
    list_address    VARCHAR(320) NOT NULL REFERENCES mailing_list (address),
    member_address  VARCHAR(320) NOT NULL,
    PRIMARY KEY (list_address, member_address)
);
