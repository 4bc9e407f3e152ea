-- The register of processing activities as staff edit it: every saved version kept whole, the newest in force.
-- The first version is imported from privacy.register.file at the first start.
CREATE TABLE register_version (
    version       INTEGER PRIMARY KEY,
    content       VARCHAR(1000000) NOT NULL,
    content_hash  VARCHAR(64) NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by      VARCHAR(100) NOT NULL,
    change_note   VARCHAR(500) NOT NULL
);
