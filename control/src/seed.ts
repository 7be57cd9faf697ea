// First-start demo tenant (README "demo tenant"): DID 4000 -> queue support,
// agents 1001/1002 with random SIP and console passwords, a tenant admin and
// a platform admin. The plaintext credentials are written once to
// <dataDir>/demo-credentials.json (0600) and never stored elsewhere.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashPassword, randomPassword, sipHa1 } from "./auth/passwords.ts";
import type { Db } from "./db/index.ts";

export interface DemoCredentials {
  tenant: string;
  realm: string;
  /** SIP digest passwords by extension. */
  sip: Record<string, string>;
  /** Console logins: username -> password ("admin", "platform", "1001", "1002"). */
  console: Record<string, string>;
  did: string;
  queue: string;
}

export const DEMO_FILE = "demo-credentials.json";

export function readDemoCredentials(dataDir: string): DemoCredentials | null {
  const f = join(dataDir, DEMO_FILE);
  if (!existsSync(f)) return null;
  try {
    return JSON.parse(readFileSync(f, "utf8")) as DemoCredentials;
  } catch {
    return null;
  }
}

/** Seeds the demo tenant if no tenant exists. Returns true if it seeded. */
export async function seedDemo(db: Db, dataDir: string, sipHost = "127.0.0.1"): Promise<boolean> {
  const realm = "demo.switchboard.local";
  const creds: DemoCredentials = {
    tenant: "demo",
    realm,
    sip: { "1001": randomPassword(), "1002": randomPassword() },
    console: {
      admin: randomPassword(),
      platform: randomPassword(),
      "1001": randomPassword(),
      "1002": randomPassword(),
    },
    did: "4000",
    queue: "support",
  };
  // Hash before the transaction (argon2 is slow on purpose).
  const hashes: Record<string, string> = {};
  for (const [u, p] of Object.entries(creds.console)) hashes[u] = await hashPassword(p);

  const seeded = await db.tx({ bypass: true }, async (c) => {
    await c.query("SELECT pg_advisory_xact_lock(7362736565)"); // "sbsee": one seeder at a time
    const any = await c.query("SELECT 1 FROM tenants LIMIT 1");
    if (any.rowCount) return false;
    const domains = [realm, ...(sipHost && sipHost !== realm ? [sipHost] : [])];
    const t = await c.query<{ id: string }>(
      "INSERT INTO tenants (slug, name, sip_domains) VALUES ('demo', '演示企业 / Demo Co.', $1) RETURNING id",
      [domains],
    );
    const tenantId = t.rows[0]?.id as string;
    const q = await c.query<{ id: string }>(
      "INSERT INTO queues (tenant_id, slug, name, strategy) VALUES ($1, 'support', '售后服务 support', 'longest_idle') RETURNING id",
      [tenantId],
    );
    const queueId = q.rows[0]?.id as string;
    await c.query("INSERT INTO dids (number, tenant_id, queue_id) VALUES ('4000', $1, $2)", [tenantId, queueId]);
    for (const ext of ["1001", "1002"]) {
      const ha1 = sipHa1(ext, realm, creds.sip[ext] as string);
      const a = await c.query<{ id: string }>(
        `INSERT INTO agents (tenant_id, job_number, extension, display_name, ha1_md5, ha1_sha256)
         VALUES ($1, $2, $2, $3, $4, $5) RETURNING id`,
        [tenantId, ext, `Agent ${ext}`, ha1.md5, ha1.sha256],
      );
      const agentId = a.rows[0]?.id as string;
      await c.query("INSERT INTO queue_members (tenant_id, queue_id, agent_id) VALUES ($1, $2, $3)", [
        tenantId,
        queueId,
        agentId,
      ]);
      await c.query(
        "INSERT INTO users (tenant_id, username, password_hash, role, agent_id) VALUES ($1, $2, $3, 'agent', $4)",
        [tenantId, ext, hashes[ext], agentId],
      );
    }
    await c.query(
      "INSERT INTO users (tenant_id, username, password_hash, role) VALUES ($1, 'admin', $2, 'tenant_admin')",
      [tenantId, hashes.admin],
    );
    await c.query(
      "INSERT INTO users (tenant_id, username, password_hash, role) VALUES (NULL, 'platform', $1, 'platform_admin')",
      [hashes.platform],
    );
    await c.query(
      "INSERT INTO audit_log (tenant_id, action, object_type, object_id) VALUES ($1, 'seed', 'tenant', $2)",
      [tenantId, tenantId],
    );
    return true;
  });
  if (seeded) {
    writeFileSync(join(dataDir, DEMO_FILE), `${JSON.stringify(creds, null, 2)}\n`, { mode: 0o600 });
  }
  return seeded;
}
