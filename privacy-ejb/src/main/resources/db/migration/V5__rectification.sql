-- The corrected value staff approved for a rectification, applied in every system that holds the attribute.
ALTER TABLE privacy_request ADD COLUMN rectification_attribute VARCHAR(40);
ALTER TABLE privacy_request ADD COLUMN rectification_value VARCHAR(200);
