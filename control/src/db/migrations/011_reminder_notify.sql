-- Reminders are pushed to their owner's event stream when due: remember
-- which were pushed so a restart does not repeat them.
ALTER TABLE reminders ADD COLUMN notified_at timestamptz;
CREATE INDEX reminders_due_unnotified ON reminders (due_at) WHERE NOT done AND notified_at IS NULL;
