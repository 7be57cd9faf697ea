-- Recording retention (录音保存期限): recordings of calls older than a
-- tenant's recording_retention_days (0 = keep forever) are deleted from disk
-- by control's sweeper; the row stays with deleted_at set, so CDRs still
-- show that a recording existed and when it was removed.
ALTER TABLE tenants ADD COLUMN recording_retention_days integer NOT NULL DEFAULT 0 CHECK (recording_retention_days BETWEEN 0 AND 36500);
ALTER TABLE recordings ADD COLUMN deleted_at timestamptz;
