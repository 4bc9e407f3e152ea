-- A sent mail keeps what the audit needs (to whom, which template, for which request, when) and nothing of its
-- text: the subject goes with the body, and mails sent before this version lose both now.
ALTER TABLE outbox_mail ALTER COLUMN subject DROP NOT NULL;
UPDATE outbox_mail SET subject = NULL, body = NULL WHERE sent_at IS NOT NULL;
