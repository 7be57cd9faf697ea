// Brute-force protection for digest auth on REGISTER/INVITE: failures are
// counted per source address and per user in a sliding window; past the
// limit the source (or user) is blocked for a while and a security event
// is raised for the audit log.
export interface AuthGuardOptions {
  /** Failures per source within the window before a block (default 10). */
  maxPerSource?: number;
  /** Failures per user within the window before a block (default 20). */
  maxPerUser?: number;
  /** Window in ms (default 60_000). */
  windowMs?: number;
  /** Block duration in ms (default 300_000). */
  blockMs?: number;
}

interface Counter {
  count: number;
  windowStart: number;
  blockedUntil: number;
}

export class AuthGuard {
  private readonly sources = new Map<string, Counter>();
  private readonly users = new Map<string, Counter>();
  private readonly maxPerSource: number;
  private readonly maxPerUser: number;
  private readonly windowMs: number;
  private readonly blockMs: number;
  failures = 0;
  blocks = 0;

  constructor(
    private readonly onEvent: (kind: "auth_failed" | "blocked", tenantId: string, source: string, user: string) => void,
    opts: AuthGuardOptions = {},
  ) {
    this.maxPerSource = opts.maxPerSource ?? 10;
    this.maxPerUser = opts.maxPerUser ?? 20;
    this.windowMs = opts.windowMs ?? 60_000;
    this.blockMs = opts.blockMs ?? 300_000;
  }

  isBlocked(source: string, userKey: string): boolean {
    const now = Date.now();
    return (this.sources.get(source)?.blockedUntil ?? 0) > now || (this.users.get(userKey)?.blockedUntil ?? 0) > now;
  }

  failure(source: string, userKey: string, tenantId: string, user: string): void {
    this.failures++;
    const a = this.bump(this.sources, source, this.maxPerSource);
    const b = this.bump(this.users, userKey, this.maxPerUser);
    // The audit log gets the first failures of a window and every block,
    // not one row per guess: an attack must not turn into a disk-write flood.
    if ((this.sources.get(source)?.count ?? 0) <= 3) this.onEvent("auth_failed", tenantId, source, user);
    if (a || b) {
      this.blocks++;
      this.onEvent("blocked", tenantId, source, user);
    }
  }

  success(source: string, userKey: string): void {
    this.sources.delete(source);
    this.users.delete(userKey);
  }

  private bump(map: Map<string, Counter>, key: string, max: number): boolean {
    const now = Date.now();
    let c = map.get(key);
    if (!c || now - c.windowStart > this.windowMs) {
      c = { count: 0, windowStart: now, blockedUntil: c?.blockedUntil ?? 0 };
      map.set(key, c);
    }
    c.count++;
    if (c.count >= max && c.blockedUntil <= now) {
      c.blockedUntil = now + this.blockMs;
      return true;
    }
    return false;
  }
}
