// Outbound registration to carriers (RFC 3261 §10.2): for every enabled
// trunk with `register`, core REGISTERs the trunk's username at the
// carrier, answers its digest challenge (§22.2, once per attempt), and
// refreshes before the granted expiry. Failures retry with backoff.
import type { ConfigStore, TrunkView } from "../config/index.ts";
import { authorizationHeader, type Endpoint, SipMessage, type SipStack } from "../sip/index.ts";

export interface TrunkRegistration {
  trunkId: string;
  state: "registering" | "registered" | "failed";
  status: number; // last final status
  expiresAt: number; // epoch ms, 0 = not registered
}

interface Reg {
  trunk: TrunkView;
  callId: string;
  tag: string;
  cseq: number;
  timer: NodeJS.Timeout | null;
  failures: number;
  view: TrunkRegistration;
  key: string;
}

export class Registrant {
  private readonly regs = new Map<string, Reg>();
  private closed = false;

  constructor(
    private readonly stack: SipStack,
    private readonly config: ConfigStore,
    private readonly onChange: (r: TrunkRegistration, trunk: TrunkView) => void = () => {},
  ) {
    config.onChange(() => this.sync());
  }

  /** Registrations in force, for the API and tests. */
  list(): TrunkRegistration[] {
    return [...this.regs.values()].map((r) => ({ ...r.view }));
  }

  sync(): void {
    if (this.closed) return;
    const want = new Map<string, TrunkView>();
    for (const t of this.config.allTrunks()) if (t.register && t.username) want.set(t.id, t);
    for (const [id, r] of this.regs) {
      const t = want.get(id);
      // A changed trunk re-registers from scratch; a removed one stops (no un-REGISTER: the carrier's expiry does it).
      if (!t || this.keyOf(t) !== r.key) {
        if (r.timer) clearTimeout(r.timer);
        this.regs.delete(id);
      }
    }
    for (const [id, t] of want) {
      if (this.regs.has(id)) continue;
      const r: Reg = {
        trunk: t,
        callId: this.stack.newCallId(),
        tag: this.stack.newTag(),
        cseq: 0,
        timer: null,
        failures: 0,
        view: { trunkId: id, state: "registering", status: 0, expiresAt: 0 },
        key: this.keyOf(t),
      };
      this.regs.set(id, r);
      this.send(r, null);
    }
  }

  private keyOf(t: TrunkView): string {
    return [t.host, t.port, t.transport, t.username, t.password, t.registerExpires].join("\0");
  }

  private send(r: Reg, auth: [string, string] | null): void {
    if (this.closed || this.regs.get(r.view.trunkId) !== r) return;
    const t = r.trunk;
    const hostPort = `${t.host}${t.port === 5060 ? "" : `:${t.port}`}`;
    const ruri = `sip:${hostPort}${t.transport === "udp" ? "" : `;transport=${t.transport}`}`;
    r.cseq++;
    const aor = `<sip:${t.username}@${t.host}>`;
    const req = SipMessage.request("REGISTER", ruri, [
      ["From", `${aor};tag=${r.tag}`],
      ["To", aor],
      ["Call-ID", r.callId],
      ["CSeq", `${r.cseq} REGISTER`],
      ["Contact", `<sip:${t.username}@${this.stack.viaHostPort(t.transport)}>`],
      ["Expires", String(t.registerExpires)],
      ["Max-Forwards", "70"],
      ...(auth ? [auth] : []),
    ]);
    // RFC 3263: a host name is located by NAPTR/SRV/A; after failures the next target is tried (§4.3)
    void this.stack.locate(t.host, t.portGiven ? t.port : 0, t.transportGiven ? t.transport : null).then((targets) => {
      if (this.closed || this.regs.get(r.view.trunkId) !== r) return;
      const dest = targets[r.failures % Math.max(1, targets.length)];
      if (dest === undefined) {
        this.fail(r);
        return;
      }
      this.sendTo(r, req, ruri, dest, auth);
    });
  }

  private sendTo(r: Reg, req: SipMessage, ruri: string, dest: Endpoint, auth: [string, string] | null): void {
    const t = r.trunk;
    this.stack.sendRequest(req, dest, {
      onFinal: (res) => {
        if ((res.status === 401 || res.status === 407) && !auth) {
          const challenge = res.get(res.status === 401 ? "WWW-Authenticate" : "Proxy-Authenticate") ?? "";
          this.send(r, [res.status === 401 ? "Authorization" : "Proxy-Authorization", authorizationHeader(challenge, "REGISTER", ruri, t.username, t.password)]);
          return;
        }
        r.view.status = res.status;
        if (res.status >= 200 && res.status < 300) {
          // The granted interval: the Contact's expires param, else Expires, else what we asked.
          const m = /expires=(\d+)/i.exec(res.get("Contact") ?? "");
          const granted = Number(m?.[1] ?? res.get("Expires") ?? t.registerExpires) || t.registerExpires;
          r.failures = 0;
          r.view.state = "registered";
          r.view.expiresAt = Date.now() + granted * 1000;
          this.onChange({ ...r.view }, t);
          // Refresh at about 90% of the interval (at least 5 s before expiry).
          this.schedule(r, Math.max(1000, Math.min(granted * 900, (granted - 5) * 1000)));
          return;
        }
        this.fail(r);
      },
      onTimeout: () => this.fail(r),
      onTransportError: () => this.fail(r),
    });
  }

  private fail(r: Reg): void {
    r.failures++;
    r.view.state = "failed";
    r.view.expiresAt = 0;
    this.onChange({ ...r.view }, r.trunk);
    this.schedule(r, Math.min(300_000, 2000 * 2 ** Math.min(r.failures, 7)));
  }

  private schedule(r: Reg, ms: number): void {
    if (r.timer) clearTimeout(r.timer);
    r.timer = setTimeout(() => {
      r.timer = null;
      this.send(r, null);
    }, ms);
    r.timer.unref();
  }

  close(): void {
    this.closed = true;
    for (const r of this.regs.values()) if (r.timer) clearTimeout(r.timer);
    this.regs.clear();
  }
}
