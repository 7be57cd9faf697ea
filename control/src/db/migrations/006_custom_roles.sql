-- Custom roles: a built-in base role narrowed to a chosen set of
-- permissions (API operations, "get /api/v1/cdrs"). A custom role can never
-- grant more than its base role. A role in use cannot be deleted (its users
-- would otherwise fall back to the broader base role).

CREATE TABLE custom_roles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name text NOT NULL,
  base_role text NOT NULL CHECK (base_role IN ('tenant_admin','supervisor','qa','agent')),
  permissions text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

ALTER TABLE users ADD COLUMN custom_role_id uuid REFERENCES custom_roles(id) ON DELETE RESTRICT;

ALTER TABLE custom_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE custom_roles FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON custom_roles USING (app_bypass() OR tenant_id = app_tenant()) WITH CHECK (app_bypass() OR tenant_id = app_tenant());
