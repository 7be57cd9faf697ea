-- Customers (CRM), webhooks with a transactional outbox and delivery log,
-- API keys for integrations. Same RLS pattern as 001.

CREATE TABLE customers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name text NOT NULL,
  -- Phone numbers normalised to E.164 where possible (lookup key of the screen pop).
  phones text[] NOT NULL DEFAULT '{}',
  email text NOT NULL DEFAULT '',
  company text NOT NULL DEFAULT '',
  vip_level integer NOT NULL DEFAULT 0 CHECK (vip_level BETWEEN 0 AND 9),
  tags text[] NOT NULL DEFAULT '{}',
  notes text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customers_tenant_phones ON customers USING gin (phones);
CREATE INDEX customers_tenant_name ON customers (tenant_id, lower(name));

CREATE TABLE webhooks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  url text NOT NULL,
  secret text NOT NULL,
  events text[] NOT NULL,          -- event types, or '{*}' for all
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Transactional outbox: rows are written in the same transaction as the
-- change they describe; the dispatcher claims them with a lease
-- (locked_until) so a crash mid-delivery only delays, never loses, them.
CREATE TABLE webhook_outbox (
  id bigserial PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  event_type text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  last_error text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE status = 'pending';

CREATE TABLE webhook_deliveries (
  id bigserial PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  outbox_id bigint NOT NULL REFERENCES webhook_outbox(id) ON DELETE CASCADE,
  webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  status_code integer NOT NULL DEFAULT 0,   -- 0 = no HTTP response
  error text NOT NULL DEFAULT '',
  duration_ms integer NOT NULL DEFAULT 0,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_hook ON webhook_deliveries (webhook_id, id DESC);

CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name text NOT NULL,
  key_hash text NOT NULL UNIQUE,     -- SHA-256 of the key; the key is shown once
  prefix text NOT NULL,              -- first characters, to recognise a key in lists
  role text NOT NULL CHECK (role IN ('tenant_admin','supervisor','qa','agent')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['customers','webhooks','webhook_outbox','webhook_deliveries','api_keys'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (app_bypass() OR tenant_id = app_tenant()) WITH CHECK (app_bypass() OR tenant_id = app_tenant())', t);
  END LOOP;
END $$;
