-- The categories an erasure keeps, as staff set them for this request (comma separated); null: the installation's.
ALTER TABLE privacy_request ADD COLUMN erasure_kept_categories VARCHAR(1000);
