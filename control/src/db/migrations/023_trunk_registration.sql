-- Outbound registration to carriers (RFC 3261 §10.2): a trunk with
-- register = true makes core REGISTER its username at the carrier and keep
-- the registration fresh; register_expires is the interval asked for.
ALTER TABLE trunks ADD COLUMN register boolean NOT NULL DEFAULT false;
ALTER TABLE trunks ADD COLUMN register_expires integer NOT NULL DEFAULT 3600 CHECK (register_expires BETWEEN 60 AND 86400);
