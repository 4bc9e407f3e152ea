-- The staff queue stays an index scan with 100,000 requests: each column it sorts or filters by leads an index whose
-- next columns are the queue's tie-breakers (due date, newest received, id), so a page is read in order instead of
-- sorting the table. The status index replaces the shorter one of V1, which it covers.
CREATE INDEX ix_request_queue_due ON privacy_request (due_date, received_at DESC, id);
CREATE INDEX ix_request_queue_type ON privacy_request (request_type, due_date, received_at DESC, id);
CREATE INDEX ix_request_queue_channel ON privacy_request (channel, due_date, received_at DESC, id);
CREATE INDEX ix_request_queue_assignee ON privacy_request (assignee, due_date, received_at DESC, id);
CREATE INDEX ix_request_queue_status ON privacy_request (status, due_date, received_at DESC, id);
DROP INDEX ix_request_status_due;

-- The queue's default view, open requests by due date: a flag beside the status (kept by the application), since a
-- list of open statuses is several index ranges that PostgreSQL cannot read as one ordered range.
ALTER TABLE privacy_request ADD COLUMN is_open BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE privacy_request SET is_open = FALSE WHERE status IN ('COMPLETED', 'REJECTED', 'CANCELLED', 'DUPLICATE');
CREATE INDEX ix_request_queue_open ON privacy_request (is_open, due_date, received_at DESC, id);

-- The completion worker's look for requests in progress, oldest first.
CREATE INDEX ix_request_status_received ON privacy_request (status, received_at);
