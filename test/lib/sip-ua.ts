// A small SIP phone for tests that no packaged UA can play (attended
// transfer with Replaces, RFC 3891/5589: baresip 1.0 cannot send it), built
// on core's own SIP stack. It registers with digest, answers INVITEs, makes
// calls (answering a 401 once), sends REFER and INVITE-with-Replaces, and
// answers every in-dialog request 200, keeping what it received. Media is
// an RtpPeer whose port goes into the SDP; the switch learns the rest.
import { authorizationHeader, formatNameAddr, parseNameAddr, parseSdp, SipMessage, SipStack, type Endpoint, type ServerTransaction } from "../../core/src/sip/index.ts";

export interface Dialog {
  callId: string;
  localTag: string;
  remoteTag: string;
  /** name-addrs without tags, as this phone writes From/To for its own requests */
  localUri: string;
  remoteUri: string;
  remoteTarget: string;
  cseq: number;
  /** true when the other side sent BYE (or answered ours) */
  ended: boolean;
  /** Where the switch wants this call's RTP (its SDP), so a peer can speak first. */
  remoteRtp: { address: string; port: number } | null;
}

function rtpOf(m: SipMessage): { address: string; port: number } | null {
  const s = m.body.length ? parseSdp(m.body.toString("utf8")) : null;
  const media = s?.media[0];
  const address = media?.connection ?? s?.connection;
  return media && address ? { address, port: media.port } : null;
}

const sdp = (port: number) =>
  Buffer.from(`v=0\r\no=ua 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio ${port} RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=sendrecv\r\n`);

function stripTag(v: string): string {
  const na = parseNameAddr(v);
  if (!na) return v;
  na.params.delete("tag");
  return formatNameAddr(na);
}

export class TestUa {
  readonly stack: SipStack;
  readonly dialogs = new Map<string, Dialog>();
  /** Requests received inside dialogs (NOTIFY, BYE, ...), oldest first. */
  readonly received: SipMessage[] = [];
  private waiting: Array<(d: Dialog) => void> = [];
  private readonly sw: Endpoint;

  constructor(
    readonly user: string,
    private readonly password: string,
    readonly realm: string,
    switchPort: number,
    /** RTP port put in this phone's SDPs (change it between calls: an RtpPeer answers only the first stream it hears) */
    public rtpPort: number,
  ) {
    this.sw = { transport: "udp", address: "127.0.0.1", port: switchPort };
    this.stack = new SipStack({ port: 0, tcp: false, onRequest: (tx) => this.onRequest(tx), onAck: () => {} });
  }

  async start(): Promise<void> {
    await this.stack.start();
  }

  close(): Promise<void> {
    return this.stack.close();
  }

  private contact(): string {
    return `<sip:${this.user}@${this.stack.viaHostPort("udp")}>`;
  }

  /** Sends `build(auth)` and answers one 401/407 with digest credentials. */
  private request(build: (auth: [string, string] | null) => SipMessage, uri: string): Promise<SipMessage> {
    return new Promise((resolve, reject) => {
      let tried = false;
      const send = (auth: [string, string] | null) => {
        const req = build(auth);
        this.stack.sendRequest(req, this.sw, {
          onFinal: (res) => {
            if ((res.status === 401 || res.status === 407) && !tried) {
              tried = true;
              const ch = res.get(res.status === 401 ? "WWW-Authenticate" : "Proxy-Authenticate") ?? "";
              send([res.status === 401 ? "Authorization" : "Proxy-Authorization", authorizationHeader(ch, req.method, uri, this.user, this.password)]);
              return;
            }
            resolve(res);
          },
          onTimeout: () => reject(new Error(`${this.user}: timeout`)),
          onTransportError: reject,
        });
      };
      send(null);
    });
  }

  async register(): Promise<void> {
    const uri = `sip:${this.realm}`;
    const callId = this.stack.newCallId();
    const tag = this.stack.newTag();
    let cseq = 0;
    const res = await this.request(
      (auth) =>
        SipMessage.request("REGISTER", uri, [
          ["From", `<sip:${this.user}@${this.realm}>;tag=${tag}`],
          ["To", `<sip:${this.user}@${this.realm}>`],
          ["Call-ID", callId],
          ["CSeq", `${++cseq} REGISTER`],
          ["Contact", this.contact()],
          ["Expires", "300"],
          ...(auth ? [auth] : []),
        ]),
      uri,
    );
    if (res.status !== 200) throw new Error(`${this.user}: REGISTER ${res.status}`);
  }

  /** The next INVITE this phone answers (it answers at once). */
  nextIncoming(timeoutMs = 15_000): Promise<Dialog> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`${this.user}: no INVITE`)), timeoutMs);
      this.waiting.push((d) => {
        clearTimeout(t);
        resolve(d);
      });
    });
  }

  /**
   * Calls `target` (an extension of the realm): a new dialog once answered
   * and ACKed. `rtpPort`: this call's media (default the phone's), since an
   * RtpPeer answers only the first stream it hears.
   */
  async call(target: string, opts: { headers?: Array<[string, string]>; rtpPort?: number } = {}): Promise<{ status: number; dialog: Dialog | null }> {
    const requestUri = `sip:${target}@${this.realm}`;
    const extra = opts.headers ?? [];
    const callId = this.stack.newCallId();
    const localTag = this.stack.newTag();
    const localUri = `<sip:${this.user}@${this.realm}>`;
    const remoteUri = `<${requestUri}>`;
    let cseq = 0;
    const res = await this.request(
      (auth) =>
        SipMessage.request(
          "INVITE",
          requestUri,
          [
            ["From", `${localUri};tag=${localTag}`],
            ["To", remoteUri],
            ["Call-ID", callId],
            ["CSeq", `${++cseq} INVITE`],
            ["Contact", this.contact()],
            ...extra,
            ...(auth ? [auth] : []),
            ["Content-Type", "application/sdp"],
          ],
          sdp(opts.rtpPort ?? this.rtpPort),
        ),
      requestUri,
    );
    if (res.status < 200 || res.status >= 300) return { status: res.status, dialog: null };
    const contact = res.get("Contact");
    const remoteTarget = contact ? (parseNameAddr(contact)?.uri ? contact.replace(/^.*<|>.*$/g, "") : requestUri) : requestUri;
    const d: Dialog = { callId, localTag, remoteTag: res.to?.params.get("tag") ?? "", localUri, remoteUri, remoteTarget, cseq, ended: false, remoteRtp: rtpOf(res) };
    this.dialogs.set(callId, d);
    this.stack.sendStateless(
      SipMessage.request("ACK", remoteTarget, [
        ["From", `${localUri};tag=${localTag}`],
        ["To", `${remoteUri};tag=${d.remoteTag}`],
        ["Call-ID", callId],
        ["CSeq", `${cseq} ACK`],
      ]),
      this.sw,
    );
    return { status: res.status, dialog: d };
  }

  /** An in-dialog request (REFER, BYE, ...); resolves with the final response. */
  inDialog(d: Dialog, method: string, headers: Array<[string, string]> = []): Promise<SipMessage> {
    d.cseq++;
    const req = SipMessage.request(method, d.remoteTarget, [
      ["From", `${d.localUri};tag=${d.localTag}`],
      ["To", `${d.remoteUri};tag=${d.remoteTag}`],
      ["Call-ID", d.callId],
      ["CSeq", `${d.cseq} ${method}`],
      ["Contact", this.contact()],
      ...headers,
    ]);
    return new Promise((resolve, reject) => {
      this.stack.sendRequest(req, this.sw, {
        onFinal: (res) => {
          if (method === "BYE") d.ended = true;
          resolve(res);
        },
        onTimeout: () => reject(new Error(`${this.user}: ${method} timeout`)),
        onTransportError: reject,
      });
    });
  }

  /** NOTIFY bodies (message/sipfrag status lines) received in a dialog. */
  notifies(d: Dialog): string[] {
    return this.received.filter((m) => m.method === "NOTIFY" && m.callId === d.callId).map((m) => m.body.toString("utf8").split("\r\n")[0]!);
  }

  private onRequest(tx: ServerTransaction): void {
    const req = tx.request;
    if (req.method === "INVITE" && !req.to?.params.get("tag")) {
      const localTag = this.stack.newTag();
      const d: Dialog = {
        callId: req.callId,
        localTag,
        remoteTag: req.from?.params.get("tag") ?? "",
        localUri: stripTag(req.get("To") ?? ""),
        remoteUri: stripTag(req.get("From") ?? ""),
        remoteTarget: (req.get("Contact") ?? "").replace(/^.*<|>.*$/g, "") || req.requestUri,
        cseq: 0,
        ended: false,
        remoteRtp: rtpOf(req),
      };
      this.dialogs.set(req.callId, d);
      tx.respond(200, { toTag: localTag, headers: [["Contact", this.contact()]], body: sdp(this.rtpPort), contentType: "application/sdp" });
      const w = this.waiting.shift();
      w?.(d);
      return;
    }
    this.received.push(req);
    const d = this.dialogs.get(req.callId);
    if (req.method === "BYE" && d) d.ended = true;
    if (req.method === "INVITE") {
      tx.respond(200, { headers: [["Contact", this.contact()]], body: sdp(this.rtpPort), contentType: "application/sdp" });
      return;
    }
    tx.respond(d || req.method === "OPTIONS" ? 200 : 481);
  }
}
