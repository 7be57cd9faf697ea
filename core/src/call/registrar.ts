// Registrar (RFC 3261 §10.3) with digest authentication (§22, RFC 8760).
// Bindings live in memory, keyed by tenant + extension; each remembers the
// address the REGISTER came from (RFC 3581 received/rport) because phones
// behind NAT advertise contacts nobody can reach.
import {
  challengeHeader,
  type Endpoint,
  type NonceManager,
  parseAuthorization,
  parseNameAddr,
  type ServerTransaction,
  type SipMessage,
  verifyDigest,
} from "../sip/index.ts";
import type { AgentView, ConfigStore, TenantView } from "../config/index.ts";
import type { AuthGuard } from "./guard.ts";

export interface Binding {
  contact: string; // the Contact URI as registered
  source: Endpoint; // where requests to it are sent (symmetric, NAT-safe)
  expiresAt: number; // epoch ms
  callId: string;
  cseq: number;
}

export interface RegistrarOptions {
  /** Shortest accepted registration in seconds (default 60, RFC 3261 §10.3 step 7 -> 423). */
  minExpires?: number;
  /** Longest granted registration in seconds (default 3600). */
  maxExpires?: number;
  /** Default when the request names none (default 3600). */
  defaultExpires?: number;
  /**
   * Digest challenges offered, in preference order (default ["MD5"]).
   * RFC 8760 §2.4 lets a UAC pick the first algorithm it supports, but
   * deployed UAs do not: SIPp 3.6 answers only the first header and fails
   * on SHA-256; baresip 1.0 (libre) rejects the whole 401 when any
   * challenge is not MD5. So SHA-256 is opt-in: ["SHA-256", "MD5"] for a
   * modern fleet (env SIP_DIGEST_ALGORITHMS=SHA-256,MD5).
   */
  digestOrder?: Array<"MD5" | "SHA-256">;
}

export class Registrar {
  private readonly bindings = new Map<string, Binding[]>(); // tenantId\0ext
  private readonly minExpires: number;
  private readonly maxExpires: number;
  private readonly defaultExpires: number;
  private readonly digestOrder: Array<"MD5" | "SHA-256">;
  private sweepTimer: NodeJS.Timeout;

  constructor(
    private readonly config: ConfigStore,
    private readonly nonces: NonceManager,
    private readonly guard: AuthGuard,
    private readonly onChange: (tenant: TenantView, agent: AgentView, bindings: Binding[]) => void,
    opts: RegistrarOptions = {},
  ) {
    this.minExpires = opts.minExpires ?? 60;
    this.maxExpires = opts.maxExpires ?? 3600;
    this.defaultExpires = opts.defaultExpires ?? 3600;
    this.digestOrder = opts.digestOrder?.length ? opts.digestOrder : ["MD5"];
    this.sweepTimer = setInterval(() => this.sweep(), 5000);
    this.sweepTimer.unref();
  }

  close(): void {
    clearInterval(this.sweepTimer);
  }

  /** Live bindings of an agent's extension, newest first. */
  lookup(tenantId: string, extension: string): Binding[] {
    const list = this.bindings.get(`${tenantId}\0${extension}`);
    if (!list) return [];
    const now = Date.now();
    return list.filter((b) => b.expiresAt > now);
  }

  isRegistered(tenantId: string, extension: string): boolean {
    return this.lookup(tenantId, extension).length > 0;
  }

  /**
   * Authenticate a request from an extension (REGISTER, or INVITE from a
   * phone). Sends the 401/403 itself and returns null when it did.
   */
  authenticate(tx: ServerTransaction, tenant: TenantView, user: string): AgentView | null {
    const req = tx.request;
    const src = tx.source.address;
    if (this.guard.isBlocked(src, `${tenant.id}\0${user}`)) {
      // Temporarily blocked after repeated failures: answer like a busy
      // server so scanners learn nothing (RFC 3261 §21.5.4).
      tx.respond(503, { reason: "Service Unavailable", headers: [["Retry-After", "60"]] });
      return null;
    }
    const authValue = req.get("Authorization");
    const challenge = (stale: boolean) => {
      const nonce = this.nonces.issue();
      // RFC 8760 §2.4: one challenge per algorithm, in preference order.
      tx.respond(401, {
        headers: this.digestOrder.map((alg): [string, string] => ["WWW-Authenticate", challengeHeader(tenant.realm, nonce, alg, stale)]),
      });
    };
    if (!authValue) {
      challenge(false);
      return null;
    }
    const cred = parseAuthorization(authValue);
    if (!cred || cred.realm !== tenant.realm) {
      challenge(false);
      return null;
    }
    const nonceState = this.nonces.check(cred.nonce);
    if (nonceState !== "valid") {
      challenge(nonceState === "stale");
      return null;
    }
    const agent = this.config.agentByExtension(tenant.id, cred.username);
    const ha1 = agent ? (cred.algorithm === "SHA-256" ? agent.ha1Sha256 : agent.ha1Md5) : "";
    // §22.4: the authenticated identity must be the one being registered.
    if (!agent || !ha1 || cred.username !== user || !verifyDigest(cred, req.method, ha1)) {
      this.guard.failure(src, `${tenant.id}\0${cred.username}`, tenant.id, cred.username);
      tx.respond(403, { reason: "Forbidden" });
      return null;
    }
    this.guard.success(src, `${tenant.id}\0${cred.username}`);
    return agent;
  }

  /** Handle a REGISTER server transaction (RFC 3261 §10.3). */
  handle(tx: ServerTransaction): void {
    const req = tx.request;
    const to = req.to;
    if (!to || !to.uri.user) {
      tx.respond(400, { reason: "Bad To header" });
      return;
    }
    const tenant = this.config.tenantForDomain(to.uri.host);
    if (!tenant) {
      // §10.3 step 1: not a domain we are responsible for.
      tx.respond(404, { reason: "Domain not served here" });
      return;
    }
    const ext = to.uri.user;
    const agent = this.authenticate(tx, tenant, ext);
    if (!agent) return;

    const key = `${tenant.id}\0${ext}`;
    const now = Date.now();
    let list = (this.bindings.get(key) ?? []).filter((b) => b.expiresAt > now);
    const contacts = req.getAll("Contact");
    const headerExpires = req.get("Expires");
    const callId = req.callId;
    const cseq = req.cseq.seq;

    if (contacts.length === 1 && contacts[0]!.trim() === "*") {
      // §10.3 step 6: "*" only with Expires: 0.
      if (headerExpires?.trim() !== "0") {
        tx.respond(400, { reason: "Wildcard Contact needs Expires: 0" });
        return;
      }
      list = [];
    } else {
      for (const raw of contacts) {
        const na = parseNameAddr(raw);
        if (!na) {
          tx.respond(400, { reason: "Bad Contact header" });
          return;
        }
        const pExp = na.params.get("expires");
        let expires = pExp != null ? Number(pExp) : headerExpires != null ? Number(headerExpires) : this.defaultExpires;
        if (!Number.isFinite(expires) || expires < 0) expires = this.defaultExpires;
        if (expires > 0 && expires < this.minExpires) {
          tx.respond(423, { reason: "Interval Too Brief", headers: [["Min-Expires", String(this.minExpires)]] });
          return;
        }
        expires = Math.min(expires, this.maxExpires);
        const uri = raw.includes("<") ? raw.slice(raw.indexOf("<") + 1, raw.indexOf(">")) : raw.split(";")[0]!.trim();
        const existing = list.findIndex((b) => b.contact === uri);
        if (existing >= 0) {
          const b = list[existing]!;
          // §10.3 step 7: an older or equal CSeq for the same Call-ID is stale.
          if (b.callId === callId && cseq <= b.cseq) continue;
          list.splice(existing, 1);
        }
        if (expires > 0) list.unshift({ contact: uri, source: tx.source, expiresAt: now + expires * 1000, callId, cseq });
      }
    }
    if (list.length) this.bindings.set(key, list);
    else this.bindings.delete(key);
    const headers: Array<[string, string]> = list.map((b) => [
      "Contact",
      `<${b.contact}>;expires=${Math.max(0, Math.round((b.expiresAt - now) / 1000))}`,
    ]);
    headers.push(["Date", new Date().toUTCString()]);
    tx.respond(200, { headers });
    this.onChange(tenant, agent, list);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, list] of this.bindings) {
      const live = list.filter((b) => b.expiresAt > now);
      if (live.length === list.length) continue;
      const [tenantId, ext] = key.split("\0") as [string, string];
      if (live.length) this.bindings.set(key, live);
      else this.bindings.delete(key);
      const tenant = this.config.tenants.get(tenantId);
      const agent = this.config.agentByExtension(tenantId, ext);
      if (tenant && agent) this.onChange(tenant, agent, live);
    }
  }
}
