-- An Idempotency-Key is bound to what it acknowledged: the fingerprint of the request it answered
-- (for a submit, the ETag of the draft it froze; for a body, its hash). The same key with another
-- fingerprint is refused instead of replaying an answer that no longer describes the report.
-- Keys are at most 255 characters (longer ones are refused with 400 before they reach the table),
-- and are kept for a retention period (baocao.idempotency.retention), then deleted.
ALTER TABLE submit_idempotency ALTER COLUMN idempotency_key TYPE VARCHAR(255);
ALTER TABLE submit_idempotency ADD COLUMN fingerprint VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE submit_idempotency ALTER COLUMN fingerprint DROP DEFAULT;
CREATE INDEX submit_idempotency_by_age ON submit_idempotency (created_at);
