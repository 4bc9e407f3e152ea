-- When staff were reminded of a request's approaching deadline, and when it was flagged as overdue: each once.
ALTER TABLE privacy_request ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE privacy_request ADD COLUMN overdue_flagged_at TIMESTAMP WITH TIME ZONE;
