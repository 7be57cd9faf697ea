-- Call dispositions (处理结果): the code and notes an agent sets for a call,
-- during the call or in after-call work. The CDR is written when the call
-- ends, so the disposition lives in its own row keyed by call id (no foreign
-- key to cdrs: it may be set before the CDR lands). Codes are configured per
-- tenant; every tenant starts with the common zh-CN set.
CREATE TABLE disposition_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z0-9_-]{1,32}$'),
  label text NOT NULL,
  sort integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, code)
);

CREATE TABLE call_dispositions (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  call_id text NOT NULL,
  code text NOT NULL,
  notes text NOT NULL DEFAULT '',
  agent_id text NOT NULL DEFAULT '',
  user_id uuid,
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, call_id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['disposition_codes','call_dispositions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (app_bypass() OR tenant_id = app_tenant()) WITH CHECK (app_bypass() OR tenant_id = app_tenant())', t);
  END LOOP;
END $$;

-- The default codes, for existing tenants now and for every new tenant.
CREATE FUNCTION default_disposition_codes(t uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO disposition_codes (tenant_id, code, label, sort) VALUES
    (t, 'resolved', '已解决', 10),
    (t, 'callback', '需回访', 20),
    (t, 'complaint', '投诉', 30),
    (t, 'inquiry', '咨询', 40),
    (t, 'invalid', '无效来电', 50)
  ON CONFLICT (tenant_id, code) DO NOTHING;
$$;

CREATE FUNCTION tenants_default_dispositions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM default_disposition_codes(NEW.id);
  RETURN NEW;
END $$;

CREATE TRIGGER tenants_default_dispositions AFTER INSERT ON tenants
  FOR EACH ROW EXECUTE FUNCTION tenants_default_dispositions();

-- The migration runs as the table owner, which row-level security also binds (FORCE).
SELECT set_config('app.bypass', 'on', true);
SELECT default_disposition_codes(id) FROM tenants;
