-- When a request reached its final state: the dashboard's time to complete and monthly volumes are read from it.
ALTER TABLE privacy_request ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
UPDATE privacy_request SET closed_at = updated_at WHERE status IN ('COMPLETED', 'REJECTED', 'CANCELLED', 'DUPLICATE');
CREATE INDEX ix_request_closed ON privacy_request (closed_at);
