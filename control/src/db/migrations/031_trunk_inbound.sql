-- Inbound trunks (RFC 3261 has no notion of a carrier; carriers are known by
-- the addresses they send from): a trunk lists the IPs/CIDRs its carrier
-- sends from. When any enabled trunk of a tenant lists sources, calls to the
-- tenant's DIDs are accepted only from them and are counted against that
-- trunk's channels and calls-per-second. The CDR records the trunk used.
ALTER TABLE trunks ADD COLUMN inbound_sources jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(inbound_sources) = 'array');
ALTER TABLE trunks ADD COLUMN max_cps integer NOT NULL DEFAULT 0 CHECK (max_cps BETWEEN 0 AND 100000);
ALTER TABLE cdrs ADD COLUMN trunk_id text NOT NULL DEFAULT '';
