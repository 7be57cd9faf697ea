-- IVR: versioned flows (draft -> validate -> publish, roll back), prompts
-- with a change workflow (request -> approve -> publish, IVR 录音修改流程),
-- and the DID -> flow mapping. Same RLS pattern as 001.

CREATE TABLE ivr_flows (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  -- The version new calls run; NULL until the first publish. Calls in
  -- progress keep the version they started with (core holds it).
  published_version integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

-- One row per version. A 'draft' is editable; once published a version is
-- frozen ('published') forever so a rollback restores exactly what ran.
CREATE TABLE ivr_flow_versions (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  flow_id uuid NOT NULL REFERENCES ivr_flows(id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','published')),
  graph jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  -- Result of the last validation of this version: [] when valid.
  problems jsonb,
  validated_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid,
  published_at timestamptz,
  PRIMARY KEY (flow_id, version)
);
CREATE UNIQUE INDEX ivr_flow_versions_one_draft ON ivr_flow_versions (flow_id) WHERE state = 'draft';

-- Prompts are referenced by name from flows. revision 0 = never published
-- (a flow referring to it does not validate).
CREATE TABLE ivr_prompts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'),
  kind text NOT NULL DEFAULT 'tts' CHECK (kind IN ('tts','recording')),
  voice text NOT NULL DEFAULT '',
  text text NOT NULL DEFAULT '',
  audio_path text NOT NULL DEFAULT '',
  revision integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

CREATE TABLE ivr_prompt_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  prompt_id uuid NOT NULL REFERENCES ivr_prompts(id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested','approved','rejected','published')),
  kind text NOT NULL CHECK (kind IN ('tts','recording')),
  voice text NOT NULL DEFAULT '',
  text text NOT NULL DEFAULT '',
  audio_path text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  requested_by uuid,
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid,
  decided_at timestamptz,
  decision_note text NOT NULL DEFAULT '',
  published_by uuid,
  published_at timestamptz
);
CREATE INDEX ivr_prompt_changes_prompt ON ivr_prompt_changes (prompt_id, requested_at DESC);

ALTER TABLE dids ADD COLUMN flow_id uuid REFERENCES ivr_flows(id) ON DELETE SET NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ivr_flows','ivr_flow_versions','ivr_prompts','ivr_prompt_changes'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (app_bypass() OR tenant_id = app_tenant()) WITH CHECK (app_bypass() OR tenant_id = app_tenant())', t);
  END LOOP;
END $$;
