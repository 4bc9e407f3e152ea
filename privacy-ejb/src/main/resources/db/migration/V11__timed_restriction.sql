-- A restriction or a disabled account can be time-limited: at its end the subject is told first, then every system
-- lifts it. The lift runs as tasks of the same request, marked by their purpose.
ALTER TABLE privacy_request ADD COLUMN restricted_until DATE;
ALTER TABLE privacy_request ADD COLUMN lift_notice_mail_id BIGINT;
ALTER TABLE privacy_request ADD COLUMN lift_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE privacy_request ADD COLUMN lifted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE request_task ADD COLUMN purpose VARCHAR(10) DEFAULT 'APPLY' NOT NULL;
ALTER TABLE request_task DROP CONSTRAINT uq_task_system;
ALTER TABLE request_task ADD CONSTRAINT uq_task_system_purpose UNIQUE (request_id, system_name, purpose);
CREATE INDEX privacy_request_restricted_until ON privacy_request (restricted_until);
