// Test support: a running control (real PostgreSQL, fake core) with the demo
// tenant, a second tenant "other", and helpers to call the API.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { hashPassword } from "../auth/passwords.ts";
import { type Control, type ControlOptions, startControl } from "../index.ts";
import { FakeCore } from "./fakecore.ts";
import { freshDatabase, type TestDb } from "./pg.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON replies are inspected loosely in tests
export type J = any;

export interface Reply {
  status: number;
  json: J;
  text: string;
  headers: Headers;
}

export class Fixture {
  tdb!: TestDb;
  dataDir!: string;
  core!: FakeCore;
  control!: Control;
  sql!: pg.Client;
  base = "";
  demoId = "";
  otherId = "";
  /** Tokens by role name: tenant_admin, supervisor, qa, agent (demo 1001), platform_admin, other_admin. */
  tokens: Record<string, string> = {};
  agent1001 = "";

  async start(extra: Partial<ControlOptions> = {}): Promise<void> {
    this.tdb = await freshDatabase();
    this.dataDir = mkdtempSync(join(tmpdir(), "sb-fx-"));
    this.core = new FakeCore();
    await this.core.listen();
    this.control = await startControl({
      databaseUrl: this.tdb.url,
      dataDir: this.dataDir,
      httpPort: 0,
      coreApi: { host: "127.0.0.1", port: this.core.port },
      logLevel: "silent",
      coreReconnectMinMs: 50,
      ...extra,
      // Test receivers listen on 127.0.0.1.
      webhooks: { allowPrivateTargets: true, ...extra.webhooks },
    });
    this.base = `http://127.0.0.1:${this.control.httpPort}`;
    this.sql = new pg.Client({ connectionString: this.tdb.url });
    await this.sql.connect();
    this.demoId = (await this.sql.query("SELECT id FROM tenants WHERE slug='demo'")).rows[0].id;
    this.agent1001 = (await this.sql.query("SELECT id FROM agents WHERE job_number='1001'")).rows[0].id;
    this.otherId = (
      await this.sql.query("INSERT INTO tenants (slug, name, sip_domains) VALUES ('other', 'Other', '{other.local}') RETURNING id")
    ).rows[0].id;
    const pw = "fixture-password-1";
    const h = await hashPassword(pw);
    for (const [t, u, role] of [
      [this.demoId, "sup", "supervisor"],
      [this.demoId, "qa", "qa"],
      [this.otherId, "admin", "tenant_admin"],
    ] as const) {
      await this.sql.query("INSERT INTO users (tenant_id, username, password_hash, role) VALUES ($1,$2,$3,$4)", [t, u, h, role]);
    }
    const creds = this.control.demoCredentials;
    assert.ok(creds);
    this.tokens.tenant_admin = await this.login("admin", creds.console.admin as string, "demo");
    this.tokens.supervisor = await this.login("sup", pw, "demo");
    this.tokens.qa = await this.login("qa", pw, "demo");
    this.tokens.agent = await this.login("1001", creds.console["1001"] as string, "demo");
    this.tokens.platform_admin = await this.login("platform", creds.console.platform as string);
    this.tokens.other_admin = await this.login("admin", pw, "other");
    await this.core.waitFor((e) => !!e.config);
  }

  async login(username: string, password: string, tenant?: string): Promise<string> {
    const r = await this.api("POST", "/api/v1/auth/login", undefined, { username, password, ...(tenant ? { tenant } : {}) });
    assert.equal(r.status, 200, r.text);
    return r.json.token;
  }

  async api(method: string, path: string, token?: string, body?: unknown): Promise<Reply> {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: J = null;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: res.status, json, text, headers: res.headers };
  }

  async stop(): Promise<void> {
    await this.sql?.end().catch(() => undefined);
    await this.control?.close();
    await this.core?.close();
    await this.tdb?.drop();
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
