-- First schema: tenants, users, agents, queues, DIDs, CDRs, recordings,
-- sessions, audit log. Every tenant-owned table carries tenant_id and is
-- protected by row-level security (defence in depth on top of the
-- WHERE tenant_id = $1 in every query). The application switches to the
-- non-owner role switchboard_app inside each transaction and sets
-- app.tenant_id (or app.bypass = 'on' for platform/system work).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'switchboard_app') THEN
    BEGIN
      CREATE ROLE switchboard_app NOLOGIN NOBYPASSRLS;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;  -- created concurrently in another database
    END;
  END IF;
END $$;

DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT switchboard_app TO %I', current_user);
  END IF;
EXCEPTION WHEN OTHERS THEN NULL;
END $$;

-- The tenant visible to the current transaction, NULL if none.
CREATE FUNCTION app_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.tenant_id', true), '')::uuid
$$;
CREATE FUNCTION app_bypass() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.bypass', true), '') = 'on'
$$;

CREATE TABLE tenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text NOT NULL,
  sip_domains text[] NOT NULL DEFAULT '{}',
  recording_policy text NOT NULL DEFAULT 'always' CHECK (recording_policy IN ('always','never','on_demand')),
  max_concurrent_calls integer NOT NULL DEFAULT 0,
  max_cps integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  job_number text NOT NULL,
  extension text NOT NULL,
  display_name text NOT NULL DEFAULT '',
  ha1_md5 text NOT NULL,
  ha1_sha256 text NOT NULL,
  max_concurrent integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, job_number),
  UNIQUE (tenant_id, extension)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid REFERENCES tenants(id) ON DELETE CASCADE,  -- NULL = platform admin
  username text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('platform_admin','tenant_admin','supervisor','qa','agent')),
  agent_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'platform_admin') = (tenant_id IS NULL))
);
CREATE UNIQUE INDEX users_tenant_username ON users (tenant_id, username) WHERE tenant_id IS NOT NULL;
CREATE UNIQUE INDEX users_platform_username ON users (username) WHERE tenant_id IS NULL;

CREATE TABLE queues (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  slug text NOT NULL,
  name text NOT NULL,
  strategy text NOT NULL DEFAULT 'longest_idle',
  ring_timeout_s integer NOT NULL DEFAULT 20,
  wrapup_s integer NOT NULL DEFAULT 0,
  max_wait_s integer NOT NULL DEFAULT 0,
  max_length integer NOT NULL DEFAULT 0,
  sl_target_s integer NOT NULL DEFAULT 15,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, slug)
);

CREATE TABLE queue_members (
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  queue_id uuid NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  PRIMARY KEY (queue_id, agent_id)
);

CREATE TABLE dids (
  number text PRIMARY KEY,   -- globally unique: a DID routes to exactly one tenant
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  queue_id uuid REFERENCES queues(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cdrs (
  call_id text PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  sip_call_id text NOT NULL DEFAULT '',
  direction text NOT NULL DEFAULT '',
  caller text NOT NULL DEFAULT '',
  callee text NOT NULL DEFAULT '',
  start_ms bigint NOT NULL DEFAULT 0,
  answer_ms bigint NOT NULL DEFAULT 0,
  end_ms bigint NOT NULL DEFAULT 0,
  queue_id text NOT NULL DEFAULT '',
  queue_wait_ms bigint NOT NULL DEFAULT 0,
  agent_id text NOT NULL DEFAULT '',
  hangup_cause text NOT NULL DEFAULT '',
  hangup_side text NOT NULL DEFAULT '',
  recording_path text NOT NULL DEFAULT '',
  sip_status integer NOT NULL DEFAULT 0,
  mos double precision NOT NULL DEFAULT 0,
  outbox_id bigint NOT NULL DEFAULT 0,
  inserted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cdrs_tenant_start ON cdrs (tenant_id, start_ms DESC, call_id DESC);

CREATE TABLE recordings (
  call_id text PRIMARY KEY REFERENCES cdrs(call_id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  path text NOT NULL,
  bytes bigint,
  sha256 text,
  duration_ms bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  tenant_id uuid REFERENCES tenants(id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  ip text NOT NULL DEFAULT ''
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  tenant_id uuid REFERENCES tenants(id) ON DELETE CASCADE,
  user_id uuid,
  action text NOT NULL,
  object_type text NOT NULL DEFAULT '',
  object_id text NOT NULL DEFAULT '',
  detail jsonb NOT NULL DEFAULT '{}',
  ip text NOT NULL DEFAULT '',
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_tenant_at ON audit_log (tenant_id, at DESC);

-- Row-level security. FORCE so that even the owner is subject to it (a
-- superuser still bypasses it, which is why the app also SETs ROLE).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['agents','queues','queue_members','dids','cdrs','recordings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (app_bypass() OR tenant_id = app_tenant()) WITH CHECK (app_bypass() OR tenant_id = app_tenant())', t);
  END LOOP;
  -- Tables whose tenant_id may be NULL (platform rows): visible only with the bypass flag.
  FOREACH t IN ARRAY ARRAY['users','sessions','audit_log'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (app_bypass() OR (tenant_id IS NOT NULL AND tenant_id = app_tenant())) WITH CHECK (app_bypass() OR (tenant_id IS NOT NULL AND tenant_id = app_tenant()))', t);
  END LOOP;
  ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
  ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
  CREATE POLICY tenant_isolation ON tenants USING (app_bypass() OR id = app_tenant()) WITH CHECK (app_bypass());
END $$;
