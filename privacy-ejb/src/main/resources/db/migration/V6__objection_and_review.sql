-- Objections: to direct marketing (absolute: carried out at once) or to other processing (weighed by staff), and
-- what was done. Reviews of automated decisions: the human reviewer's outcome.
ALTER TABLE privacy_request ADD COLUMN objection_scope VARCHAR(20);
ALTER TABLE privacy_request ADD COLUMN objection_action VARCHAR(30);
ALTER TABLE privacy_request ADD COLUMN review_outcome VARCHAR(2000);
ALTER TABLE privacy_request ADD COLUMN reviewed_by VARCHAR(100);
