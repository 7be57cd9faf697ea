-- An API key may carry a custom role (least privilege for integrations):
-- its permissions narrow the key's base role like a user's custom role.
ALTER TABLE api_keys ADD COLUMN custom_role_id uuid REFERENCES custom_roles(id) ON DELETE RESTRICT;
