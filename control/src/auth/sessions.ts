// Login, sessions and brute-force protection.
// Sessions: a random 32-byte bearer token; only its SHA-256 is stored.
// Protection: a sliding-window rate limit per client IP + username (429),
// and a per-account lockout after consecutive failures (423).
import { randomBytes } from "node:crypto";
import type { Db } from "../db/index.ts";
import { ApiError } from "../http/errors.ts";
import { hashPassword, sha256hex, verifyPassword } from "./passwords.ts";

export type Role = "platform_admin" | "tenant_admin" | "supervisor" | "qa" | "agent";
export const ROLES: readonly Role[] = ["platform_admin", "tenant_admin", "supervisor", "qa", "agent"];

export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  tenantId: string | null;
  agentId: string | null;
  /** "api_key" when authenticated by an integration key (id = the key's id). Default "session". */
  kind?: "session" | "api_key";
  /** Custom role: the only operations allowed ("get /api/v1/cdrs"); null/absent = all of the base role. */
  permissions?: string[] | null;
  customRoleId?: string | null;
}

/** API keys look like sbk_<43 url-safe chars>; only their SHA-256 is stored. */
export const API_KEY_PREFIX = "sbk_";
export function newApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString("base64url");
}

export interface SecurityOptions {
  /** Failed logins before the account is locked. Default 5. */
  maxFailedLogins?: number;
  /** Lockout duration, ms. Default 15 minutes. */
  lockoutMs?: number;
  /** Login attempts per IP+username per window. Default 10. */
  loginAttemptsPerWindow?: number;
  /** Login attempts per IP (any username) per window. Default 100. */
  loginAttemptsPerIp?: number;
  /** Rate-limit window, ms. Default 60 s. */
  loginWindowMs?: number;
  /** Session lifetime, ms. Default 12 hours. */
  sessionTtlMs?: number;
}

export class Auth {
  private readonly attempts = new Map<string, number[]>();
  private dummyHash: Promise<string>;
  private readonly maxFailed: number;
  private readonly lockoutMs: number;
  private readonly perWindow: number;
  private readonly windowMs: number;
  private readonly perIpWindow: number;
  private readonly ttlMs: number;

  constructor(
    private readonly db: Db,
    o: SecurityOptions = {},
  ) {
    this.maxFailed = o.maxFailedLogins ?? 5;
    this.lockoutMs = o.lockoutMs ?? 15 * 60_000;
    this.perWindow = o.loginAttemptsPerWindow ?? 10;
    this.windowMs = o.loginWindowMs ?? 60_000;
    this.perIpWindow = o.loginAttemptsPerIp ?? 100;
    this.ttlMs = o.sessionTtlMs ?? 12 * 3600_000;
    // Verify against this when the user does not exist, so timing does not reveal usernames.
    this.dummyHash = hashPassword(randomBytes(16).toString("hex"));
  }

  private rateLimit(key: string, max: number): void {
    const now = Date.now();
    const list = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length >= max) {
      this.attempts.set(key, list);
      const retry = Math.ceil((this.windowMs - (now - (list[0] ?? now))) / 1000);
      throw new ApiError("rate_limited", `too many login attempts; retry in ${retry} s`, { retryAfterS: retry });
    }
    list.push(now);
    this.attempts.set(key, list);
    if (this.attempts.size > 100_000) this.attempts.clear(); // bound memory under a spray attack
  }

  /** Drops rate-limit windows that have expired (called by the housekeeping timer). */
  prune(): void {
    const now = Date.now();
    for (const [k, list] of this.attempts) if (!list.some((t) => now - t < this.windowMs)) this.attempts.delete(k);
  }

  async login(
    username: string,
    password: string,
    tenantSlug: string | undefined,
    ip: string,
  ): Promise<{ token: string; user: AuthUser }> {
    this.rateLimit(`${ip}\0${username.toLowerCase()}\0${tenantSlug ?? ""}`, this.perWindow);
    // And per address across usernames (password spraying).
    this.rateLimit(`${ip}\0*`, this.perIpWindow);
    const candidates = await this.db.tx({ bypass: true }, async (c) => {
      if (tenantSlug !== undefined) {
        return (
          await c.query(
            `SELECT u.* FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE t.slug = $1 AND u.username = $2`,
            [tenantSlug, username],
          )
        ).rows;
      }
      const platform = await c.query("SELECT * FROM users WHERE tenant_id IS NULL AND username = $1", [username]);
      if (platform.rowCount) return platform.rows;
      return (await c.query("SELECT * FROM users WHERE tenant_id IS NOT NULL AND username = $1 LIMIT 2", [username]))
        .rows;
    });
    if (candidates.length > 1) {
      throw new ApiError("tenant_required", "this username exists in several tenants; pass tenant (the tenant slug)", {
        field: "tenant",
      });
    }
    const u = candidates[0];
    if (!u) {
      await verifyPassword(await this.dummyHash, password);
      throw new ApiError("unauthorized", "wrong username or password");
    }
    if (u.locked_until && new Date(u.locked_until).getTime() > Date.now()) {
      throw new ApiError("locked", "account locked after repeated failed logins; try again later");
    }
    const ok = await verifyPassword(u.password_hash, password);
    if (!ok) {
      await this.db.tx({ bypass: true }, async (c) => {
        await c.query(
          `UPDATE users SET failed_logins = failed_logins + 1,
             locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + ($3::bigint * interval '1 millisecond') ELSE locked_until END
           WHERE id = $1`,
          [u.id, this.maxFailed, this.lockoutMs],
        );
        await c.query(
          "INSERT INTO audit_log (tenant_id, user_id, action, object_type, object_id, ip) VALUES ($1, $2, 'login_failed', 'user', $3, $4)",
          [u.tenant_id, u.id, u.id, ip],
        );
      });
      throw new ApiError("unauthorized", "wrong username or password");
    }
    const token = randomBytes(32).toString("base64url");
    await this.db.tx({ bypass: true }, async (c) => {
      await c.query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1", [u.id]);
      await c.query(
        "INSERT INTO sessions (token_hash, user_id, tenant_id, expires_at, ip) VALUES ($1, $2, $3, now() + ($4::bigint * interval '1 millisecond'), $5)",
        [sha256hex(token), u.id, u.tenant_id, this.ttlMs, ip],
      );
      await c.query(
        "INSERT INTO audit_log (tenant_id, user_id, action, object_type, object_id, ip) VALUES ($1, $2, 'login', 'user', $3, $4)",
        [u.tenant_id, u.id, u.id, ip],
      );
    });
    return { token, user: rowToUser(u) };
  }

  /** Resolves a bearer token to its user, or null if unknown/expired. */
  async authenticate(token: string): Promise<AuthUser | null> {
    if (!token || token.length > 200) return null;
    if (token.startsWith(API_KEY_PREFIX)) return this.authenticateKey(token);
    const rows = await this.db.tx({ bypass: true }, async (c) => {
      return (
        await c.query(
          `SELECT u.*, cr.permissions AS cr_permissions FROM sessions s JOIN users u ON u.id = s.user_id
             LEFT JOIN custom_roles cr ON cr.id = u.custom_role_id
           WHERE s.token_hash = $1 AND s.expires_at > now()`,
          [sha256hex(token)],
        )
      ).rows;
    });
    const u = rows[0];
    return u ? rowToUser(u) : null;
  }

  private async authenticateKey(key: string): Promise<AuthUser | null> {
    const rows = await this.db.tx({ bypass: true }, async (c) => {
      const r = await c.query(
        `UPDATE api_keys k SET last_used_at = now() WHERE key_hash = $1 AND revoked_at IS NULL
         RETURNING id, tenant_id, name, role, custom_role_id,
           (SELECT permissions FROM custom_roles cr WHERE cr.id = k.custom_role_id) AS cr_permissions`,
        [sha256hex(key)],
      );
      return r.rows;
    });
    const k = rows[0];
    if (!k) return null;
    return {
      id: k.id,
      username: `apikey:${k.name}`,
      role: k.role,
      tenantId: k.tenant_id,
      agentId: null,
      kind: "api_key",
      customRoleId: k.custom_role_id ?? null,
      permissions: k.cr_permissions ?? null,
    };
  }


  /** Verifies the current password, stores the new one and ends the user's other sessions. */
  async changePassword(u: AuthUser, current: string, next: string, keepToken: string): Promise<void> {
    const rows = await this.db.tx({ bypass: true }, async (c) => (await c.query("SELECT password_hash FROM users WHERE id = $1", [u.id])).rows);
    if (!rows[0] || !(await verifyPassword(rows[0].password_hash, current))) {
      throw new ApiError("validation_failed", "currentPassword: wrong password", { field: "currentPassword" });
    }
    if (current === next) throw new ApiError("validation_failed", "newPassword: must differ from the current one", { field: "newPassword" });
    const hash = await hashPassword(next);
    await this.db.tx({ bypass: true }, async (c) => {
      await c.query("UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1", [u.id, hash]);
      await c.query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2", [u.id, sha256hex(keepToken)]);
    });
  }

  async logout(token: string): Promise<void> {
    await this.db.tx({ bypass: true }, (c) => c.query("DELETE FROM sessions WHERE token_hash = $1", [sha256hex(token)]));
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a pg row
function rowToUser(u: any): AuthUser {
  return {
    id: u.id,
    username: u.username,
    role: u.role,
    tenantId: u.tenant_id,
    agentId: u.agent_id,
    customRoleId: u.custom_role_id ?? null,
    permissions: u.cr_permissions ?? null,
  };
}
