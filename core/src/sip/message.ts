// SIP message model, parser and serializer. RFC 3261 §7 (messages), §20 (header fields), §25 (ABNF).
// The parser scans the start line and header boundaries once (no regex per line); structured headers
// (Via, From, To, CSeq) are parsed lazily on first access.

import {
  type NameAddr,
  type Via,
  isAbsoluteUri,
  isToken,
  firstListElement,
  isTokenChar,
  parseNameAddr,
  parseOneVia,
  parseNameAddrParts,
  parseUri,
  parseVia,
  splitList,
} from "./uri.ts";

// ---------------------------------------------------------------- header names

const CANONICAL_NAMES = [
  "Via", "From", "To", "Call-ID", "CSeq", "Contact", "Max-Forwards", "Content-Length", "Content-Type",
  "Supported", "Require", "Proxy-Require", "Unsupported", "Allow", "Route", "Record-Route", "Authorization",
  "WWW-Authenticate", "Proxy-Authenticate", "Proxy-Authorization", "Authentication-Info", "Expires", "Min-Expires",
  "User-Agent", "Server", "Subject", "Content-Encoding", "Content-Disposition", "Content-Language", "Event",
  "Refer-To", "Referred-By", "Session-Expires", "Min-SE", "Allow-Events", "Accept-Contact", "Reject-Contact",
  "Request-Disposition", "Identity", "Identity-Info", "Accept", "Accept-Encoding", "Accept-Language", "Alert-Info",
  "Call-Info", "Date", "Error-Info", "In-Reply-To", "MIME-Version", "Organization", "Priority", "Reply-To",
  "Retry-After", "Timestamp", "Warning", "RAck", "RSeq", "Replaces", "Reason", "Privacy", "P-Asserted-Identity",
  "P-Preferred-Identity", "Path", "Service-Route", "Subscription-State", "Diversion", "History-Info",
  "Remote-Party-ID", "Refer-Sub", "Target-Dialog", "Join",
];

/** RFC 3261 §7.3.3 + IANA compact forms. */
const COMPACT: Record<string, string> = {
  v: "Via", f: "From", i: "Call-ID", m: "Contact", l: "Content-Length", c: "Content-Type", t: "To",
  k: "Supported", s: "Subject", e: "Content-Encoding", o: "Event", r: "Refer-To", b: "Referred-By",
  x: "Session-Expires", u: "Allow-Events", a: "Accept-Contact", j: "Reject-Contact", d: "Request-Disposition",
  y: "Identity", n: "Identity-Info",
};

const BY_LOWER = new Map<string, string>();
const EXACT = new Map<string, string>();
for (const n of CANONICAL_NAMES) {
  BY_LOWER.set(n.toLowerCase(), n);
  EXACT.set(n, n);
}
for (const [k, v] of Object.entries(COMPACT)) {
  BY_LOWER.set(k, v);
  EXACT.set(k, v);
  EXACT.set(k.toUpperCase(), v);
}

/** Canonical spelling for a header name: compact forms expanded, known names in RFC case, unknown as given. */
export function canonicalHeaderName(name: string): string {
  const e = EXACT.get(name);
  if (e !== undefined) return e;
  return BY_LOWER.get(name.toLowerCase()) ?? name;
}

// Parser fast path: find the canonical name straight from the header text without slicing or hashing a new
// string (a Map lookup per header was a quarter of the parse time). Buckets by (length, lower-cased first char).
const NAME_BUCKETS: Array<string[] | undefined> = [];
for (const [lower, canon] of BY_LOWER) {
  const k = lower.length * 128 + lower.charCodeAt(0);
  const b = NAME_BUCKETS[k] ?? [];
  b.push(lower, canon);
  NAME_BUCKETS[k] = b;
}

function lookupName(s: string, from: number, to: number): string | undefined {
  const len = to - from;
  let c0 = s.charCodeAt(from);
  if (c0 >= 65 && c0 <= 90) c0 |= 32;
  const b = NAME_BUCKETS[len * 128 + c0];
  if (b === undefined) return undefined;
  outer: for (let j = 0; j < b.length; j += 2) {
    const cand = b[j] as string;
    for (let i = 1; i < len; i++) {
      let c = s.charCodeAt(from + i);
      if (c >= 65 && c <= 90) c |= 32;
      if (c !== cand.charCodeAt(i)) continue outer;
    }
    return b[j + 1];
  }
  return undefined;
}

/** Headers whose values are comma-separated lists (§7.3.1); getAll() splits these and only these. */
const LIST_HEADERS = new Set([
  "Via", "Contact", "Route", "Record-Route", "Supported", "Require", "Proxy-Require", "Unsupported", "Allow",
  "Accept", "Accept-Encoding", "Accept-Language", "Allow-Events", "Content-Encoding", "Content-Language",
  "Alert-Info", "Call-Info", "Error-Info", "In-Reply-To", "Warning", "Path", "Service-Route",
  "P-Asserted-Identity", "P-Preferred-Identity", "Reason", "History-Info", "Diversion", "Accept-Contact",
  "Reject-Contact", "Request-Disposition",
]);

/** Header fields that must appear at most once (§7.3.1 / RFC 4475 §3.3.8). */
const SINGLE_HEADERS = ["Call-ID", "CSeq", "From", "To", "Max-Forwards", "Content-Length"];

/** Header injection guard for values set by the TU: CR/LF would end the header (or the header section). */
function checkValue(name: string, value: string): void {
  if (typeof value !== "string") throw new TypeError(`header ${name}: value must be a string`);
  if (value.indexOf("\n") >= 0 || value.indexOf("\r") >= 0) throw new TypeError(`header ${name}: CR/LF in value`);
}

function checkName(name: string): void {
  if (!isToken(name)) throw new TypeError(`invalid header name: ${JSON.stringify(name)}`);
}

function sameName(stored: string, canon: string, lower: string): boolean {
  return stored === canon || (stored.length === lower.length && stored.toLowerCase() === lower);
}

// ---------------------------------------------------------------- reason phrases (§21)

const REASONS: Record<number, string> = {
  100: "Trying", 180: "Ringing", 181: "Call Is Being Forwarded", 182: "Queued", 183: "Session Progress",
  199: "Early Dialog Terminated", 200: "OK", 202: "Accepted", 204: "No Notification", 300: "Multiple Choices",
  301: "Moved Permanently", 302: "Moved Temporarily", 305: "Use Proxy", 380: "Alternative Service",
  400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
  405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout",
  410: "Gone", 412: "Conditional Request Failed", 413: "Request Entity Too Large", 414: "Request-URI Too Long",
  415: "Unsupported Media Type", 416: "Unsupported URI Scheme", 417: "Unknown Resource-Priority",
  420: "Bad Extension", 421: "Extension Required", 422: "Session Interval Too Small", 423: "Interval Too Brief",
  428: "Use Identity Header", 429: "Provide Referrer Identity", 433: "Anonymity Disallowed",
  436: "Bad Identity-Info", 437: "Unsupported Certificate", 438: "Invalid Identity Header",
  439: "First Hop Lacks Outbound Support", 470: "Consent Needed", 480: "Temporarily Unavailable",
  481: "Call/Transaction Does Not Exist", 482: "Loop Detected", 483: "Too Many Hops", 484: "Address Incomplete",
  485: "Ambiguous", 486: "Busy Here", 487: "Request Terminated", 488: "Not Acceptable Here", 489: "Bad Event",
  491: "Request Pending", 493: "Undecipherable", 494: "Security Agreement Required", 500: "Server Internal Error",
  501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Server Time-out",
  505: "Version Not Supported", 513: "Message Too Large", 580: "Precondition Failure", 600: "Busy Everywhere",
  603: "Decline", 604: "Does Not Exist Anywhere", 606: "Not Acceptable", 607: "Unwanted",
};

/** Default reason phrase for a status code (class default for unknown codes). */
export function reasonPhrase(status: number): string {
  const r = REASONS[status];
  if (r !== undefined) return r;
  if (status >= 100 && status < 200) return "Session Progress";
  if (status >= 200 && status < 300) return "OK";
  if (status >= 300 && status < 400) return "Redirection";
  if (status >= 400 && status < 500) return "Client Error";
  if (status >= 500 && status < 600) return "Server Error";
  return "Global Failure";
}

// ---------------------------------------------------------------- message

const EMPTY = Buffer.alloc(0);
// undefined = not yet parsed
const UNPARSED = undefined;

export class SipMessage {
  isRequest: boolean;
  /** request method, or the CSeq method for responses */
  method: string;
  /** raw Request-URI ("" for responses) */
  requestUri: string;
  /** 0 for requests */
  status: number;
  reason: string;
  /** in order; names canonicalised (compact forms expanded) */
  headers: Array<[string, string]>;
  body: Buffer;
  private _from: NameAddr | null | undefined;
  private _to: NameAddr | null | undefined;
  private _via: Via | null | undefined;
  private _cseq: { seq: number; method: string } | undefined;

  constructor(isRequest: boolean, method: string, requestUri: string, status: number, reason: string,
    headers: Array<[string, string]>, body: Buffer) {
    this.isRequest = isRequest;
    this.method = method;
    this.requestUri = requestUri;
    this.status = status;
    this.reason = reason;
    this.headers = headers;
    this.body = body;
    this._from = UNPARSED;
    this._to = UNPARSED;
    this._via = UNPARSED;
    this._cseq = UNPARSED;
  }

  static request(method: string, requestUri: string, headers: Array<[string, string]>, body?: Buffer): SipMessage {
    if (!isToken(method)) throw new TypeError(`invalid SIP method: ${method}`);
    if (!isAbsoluteUri(requestUri)) throw new TypeError(`invalid Request-URI: ${requestUri}`);
    const h: Array<[string, string]> = headers.map(([n, v]) => {
      checkName(n);
      checkValue(n, v);
      return [canonicalHeaderName(n), v];
    });
    return new SipMessage(true, method, requestUri, 0, "", h, body ?? EMPTY);
  }

  static response(status: number, reason: string, headers: Array<[string, string]>, body?: Buffer): SipMessage {
    if (!Number.isInteger(status) || status < 100 || status > 699) throw new TypeError(`invalid status: ${status}`);
    if (/[\r\n]/.test(reason)) throw new TypeError("CR/LF in reason phrase");
    const h: Array<[string, string]> = headers.map(([n, v]) => {
      checkName(n);
      checkValue(n, v);
      return [canonicalHeaderName(n), v];
    });
    const m = new SipMessage(false, "", "", status, reason, h, body ?? EMPTY);
    m.method = m.cseq.method;
    return m;
  }

  private invalidate(): void {
    this._from = UNPARSED;
    this._to = UNPARSED;
    this._via = UNPARSED;
    this._cseq = UNPARSED;
  }

  /** first value, case-insensitive, compact-form aware */
  get(name: string): string | undefined {
    const canon = canonicalHeaderName(name);
    const lower = canon.toLowerCase();
    const hs = this.headers;
    for (let i = 0; i < hs.length; i++) {
      const h = hs[i] as [string, string];
      if (sameName(h[0], canon, lower)) return h[1];
    }
    return undefined;
  }

  /** every value; known list headers (§7.3.1) are split on top-level commas, others returned whole */
  getAll(name: string): string[] {
    const canon = canonicalHeaderName(name);
    const lower = canon.toLowerCase();
    const split = LIST_HEADERS.has(canon);
    const out: string[] = [];
    for (const h of this.headers) {
      if (!sameName(h[0], canon, lower)) continue;
      if (!split) out.push(h[1]);
      else for (const v of splitList(h[1])) if (v.length > 0) out.push(v);
    }
    return out;
  }

  /** number of header lines with this name */
  count(name: string): number {
    const canon = canonicalHeaderName(name);
    const lower = canon.toLowerCase();
    let n = 0;
    for (const h of this.headers) if (sameName(h[0], canon, lower)) n++;
    return n;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** replace all values with one (at the position of the first, or appended) */
  set(name: string, value: string): void {
    checkName(name);
    checkValue(name, value);
    const canon = canonicalHeaderName(name);
    const lower = canon.toLowerCase();
    const hs = this.headers;
    let done = false;
    for (let i = 0; i < hs.length; i++) {
      if (!sameName((hs[i] as [string, string])[0], canon, lower)) continue;
      if (!done) {
        hs[i] = [canon, value];
        done = true;
      } else {
        hs.splice(i, 1);
        i--;
      }
    }
    if (!done) hs.push([canon, value]);
    this.invalidate();
  }

  append(name: string, value: string): void {
    checkName(name);
    checkValue(name, value);
    this.headers.push([canonicalHeaderName(name), value]);
    this.invalidate();
  }

  /** insert before the first header of that name (or at the top), e.g. the top Via */
  prepend(name: string, value: string): void {
    checkName(name);
    checkValue(name, value);
    const canon = canonicalHeaderName(name);
    const lower = canon.toLowerCase();
    const hs = this.headers;
    let i = 0;
    while (i < hs.length && !sameName((hs[i] as [string, string])[0], canon, lower)) i++;
    hs.splice(i === hs.length ? 0 : i, 0, [canon, value]);
    this.invalidate();
  }

  remove(name: string): void {
    const canon = canonicalHeaderName(name);
    const lower = canon.toLowerCase();
    this.headers = this.headers.filter((h) => !sameName(h[0], canon, lower));
    this.invalidate();
  }

  get callId(): string {
    return this.get("Call-ID") ?? "";
  }

  /** seq is -1 when CSeq is missing or malformed */
  get cseq(): { seq: number; method: string } {
    if (this._cseq === UNPARSED) this._cseq = parseCSeq(this.get("CSeq")) ?? { seq: -1, method: "" };
    return this._cseq;
  }

  get from(): NameAddr | null {
    if (this._from === UNPARSED) {
      const v = this.get("From");
      this._from = v === undefined ? null : parseNameAddr(v);
    }
    return this._from;
  }

  get to(): NameAddr | null {
    if (this._to === UNPARSED) {
      const v = this.get("To");
      this._to = v === undefined ? null : parseNameAddr(v);
    }
    return this._to;
  }

  get topVia(): Via | null {
    if (this._via === UNPARSED) {
      const v = this.get("Via");
      this._via = v === undefined ? null : parseOneVia(firstListElement(v));
    }
    return this._via;
  }

  /** serialises with a correct Content-Length (replacing any, at the first one's position, else at the end) */
  toBuffer(): Buffer {
    let s = this.isRequest
      ? `${this.method} ${this.requestUri} SIP/2.0\r\n`
      : `SIP/2.0 ${this.status} ${this.reason}\r\n`;
    let cl = false;
    const hs = this.headers;
    for (let i = 0; i < hs.length; i++) {
      const h = hs[i] as [string, string];
      if (h[0] === "Content-Length") {
        if (cl) continue;
        cl = true;
        s += `Content-Length: ${this.body.length}\r\n`;
      } else s += `${h[0]}: ${h[1]}\r\n`;
    }
    if (!cl) s += `Content-Length: ${this.body.length}\r\n`;
    s += "\r\n";
    const hl = Buffer.byteLength(s, "utf8");
    const out = Buffer.allocUnsafe(hl + this.body.length);
    out.write(s, 0, hl, "utf8");
    this.body.copy(out, hl);
    return out;
  }

  toString(): string {
    return this.toBuffer().toString("utf8");
  }
}

// ---------------------------------------------------------------- parsing

export interface ParseFailure {
  error: true;
  status: 400 | 505 | 413 | 416 | 420;
  reason: string;
  /** enough to answer, or null if unanswerable */
  partial: SipMessage | null;
}

export function isParseFailure(x: SipMessage | ParseFailure): x is ParseFailure {
  return (x as ParseFailure).error === true;
}

function fail(status: ParseFailure["status"], reason: string, partial: SipMessage | null): ParseFailure {
  return { error: true, status, reason, partial: partial !== null && answerable(partial) ? partial : null };
}

/** A request we can build a response for: needs a parseable top Via plus the headers §8.2.6.2 copies. */
function answerable(m: SipMessage): boolean {
  // Missing From/To/Call-ID still gets a 400 (RFC 4475 §3.3.5): the UAC matches it by Via branch and CSeq.
  return m.isRequest && m.topVia !== null && parseCSeq(m.get("CSeq")) !== null;
}

/** "digits SP method"; number ≤ 2^32-1 (RFC 4475 §3.1.2.4). */
export function parseCSeq(v: string | undefined): { seq: number; method: string } | null {
  if (v === undefined) return null;
  let i = 0;
  const n = v.length;
  while (i < n && (v.charCodeAt(i) === 32 || v.charCodeAt(i) === 9)) i++;
  const ds = i;
  let seq = 0;
  while (i < n) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    seq = seq * 10 + c;
    i++;
  }
  if (i === ds || seq > 0xffffffff || i - ds > 20) return null;
  const ws = i;
  while (i < n && (v.charCodeAt(i) === 32 || v.charCodeAt(i) === 9)) i++;
  if (i === ws) return null;
  const method = v.slice(i).trimEnd();
  if (!isToken(method)) return null;
  return { seq, method };
}

function parseUint(v: string): number {
  // -1 when not a plain decimal number
  const s = v.trim();
  if (s.length === 0 || s.length > 10) return -1;
  let x = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    x = x * 10 + c;
  }
  return x;
}

const SIP20 = "SIP/2.0";
function isLws(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}
const CRLFCRLF = Buffer.from("\r\n\r\n");
const LFLF = Buffer.from("\n\n");

/**
 * Parse one SIP message from a datagram or a framed stream chunk. Never throws.
 * Datagram semantics (§18.3): octets beyond Content-Length are ignored; without Content-Length the body is
 * the rest of the buffer; a Content-Length larger than the data is an error.
 */
export function parseMessage(buf: Buffer): SipMessage | ParseFailure {
  try {
    return parseInner(buf);
  } catch {
    return { error: true, status: 400, reason: "Malformed Message", partial: null };
  }
}

function parseInner(buf: Buffer): SipMessage | ParseFailure {
  const len = buf.length;
  let start = 0;
  // §7.5: ignore CRLFs before the start line (keep-alives, stream leftovers)
  while (start < len && (buf[start] === 13 || buf[start] === 10)) start++;
  if (start >= len) return fail(400, "Empty Message", null);
  let hdrEnd = buf.indexOf(CRLFCRLF, start);
  let bodyStart: number;
  if (hdrEnd >= 0) bodyStart = hdrEnd + 4;
  else {
    // tolerate bare-LF line ends (RFC 5118 archive form)
    hdrEnd = buf.indexOf(LFLF, start);
    if (hdrEnd >= 0) bodyStart = hdrEnd + 2;
    else {
      hdrEnd = len;
      bodyStart = len;
    }
  }
  const head = buf.toString("utf8", start, hdrEnd);
  // ---- start line
  let eol = head.indexOf("\n");
  if (eol < 0) eol = head.length;
  const lineEnd = eol > 0 && head.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
  const first = head.slice(0, lineEnd);
  const sp1 = first.indexOf(" ");
  if (sp1 <= 0) return fail(400, "Malformed Start Line", null);
  const sp2 = first.indexOf(" ", sp1 + 1);
  if (sp2 < 0) return fail(400, "Malformed Start Line", null);
  let isRequest: boolean;
  let method = "";
  let ruri = "";
  let status = 0;
  let reason = "";
  let badVersion = false;
  if (first.startsWith("SIP/")) {
    isRequest = false;
    if (first.slice(0, sp1).toUpperCase() !== SIP20) return fail(505, "Version Not Supported", null);
    if (sp2 - sp1 !== 4) return fail(400, "Malformed Status Line", null);
    for (let i = sp1 + 1; i < sp2; i++) {
      const c = first.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return fail(400, "Malformed Status Line", null);
      status = status * 10 + c;
    }
    if (status < 100 || status > 699) return fail(400, "Bad Status Code", null);
    reason = first.slice(sp2 + 1);
  } else {
    isRequest = true;
    method = first.slice(0, sp1);
    ruri = first.slice(sp1 + 1, sp2);
    const ver = first.slice(sp2 + 1);
    // exactly one SP between elements, none trailing (RFC 4475 §3.1.2.9/§3.1.2.10)
    if (!isToken(method) || ruri.length === 0) return fail(400, "Malformed Request Line", null);
    if (ver.toUpperCase() !== SIP20) {
      if (/^SIP\/\d+\.\d+$/i.test(ver)) badVersion = true;
      else return fail(400, "Malformed Request Line", null);
    }
  }
  // ---- header lines
  const headers: Array<[string, string]> = [];
  let pos = eol + 1;
  const hl = head.length;
  let clCount = 0;
  let clValue = -1;
  let badHeader = false;
  while (pos < hl) {
    let e = head.indexOf("\n", pos);
    if (e < 0) e = hl;
    const le = e > pos && head.charCodeAt(e - 1) === 13 ? e - 1 : e;
    const c0 = head.charCodeAt(pos);
    if (c0 === 32 || c0 === 9) {
      // folded continuation (§7.3.1): LWS collapses to one SP
      const last = headers[headers.length - 1];
      const cont = head.slice(pos, le).trim();
      if (last === undefined || cont.indexOf("\r") >= 0) badHeader = true;
      else if (cont.length > 0) last[1] = last[1].length > 0 ? `${last[1]} ${cont}` : cont;
      pos = e + 1;
      continue;
    }
    if (le === pos) {
      pos = e + 1;
      continue;
    }
    const colon = head.indexOf(":", pos);
    if (colon < 0 || colon >= le) {
      badHeader = true;
      pos = e + 1;
      continue;
    }
    let ne = colon;
    while (ne > pos && (head.charCodeAt(ne - 1) === 32 || head.charCodeAt(ne - 1) === 9)) ne--;
    let ok = ne > pos;
    for (let i = pos; ok && i < ne; i++) if (!isTokenChar(head.charCodeAt(i))) ok = false;
    if (!ok) {
      badHeader = true;
      pos = e + 1;
      continue;
    }
    const name = lookupName(head, pos, ne) ?? head.slice(pos, ne);
    // LWS around the value is SP / HTAB; a stray CR (never legal inside a value) is trimmed as well
    let vs = colon + 1;
    while (vs < le && isLws(head.charCodeAt(vs))) vs++;
    let ve = le;
    while (ve > vs && isLws(head.charCodeAt(ve - 1))) ve--;
    // a bare CR inside a value is never legal (§25.1 TEXT-UTF8 excludes it) and would break re-serialisation
    const cr = head.indexOf("\r", vs);
    if (cr >= 0 && cr < ve) badHeader = true;
    headers.push([name, head.slice(vs, ve)]);
    if (name === "Content-Length") clCount++;
    pos = e + 1;
  }
  // folded values may end with LWS that the per-line trim could not see; Content-Length after folding
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as [string, string];
    if (h[0] === "Content-Length") {
      const v = parseUint(h[1]);
      if (v < 0) clValue = -2;
      else if (clValue === -1) clValue = v;
      else if (clValue !== v) clValue = -2;
    }
  }
  const msg = new SipMessage(isRequest, method, ruri, status, reason, headers, EMPTY);
  if (!isRequest) {
    const cs = msg.cseq;
    if (cs.seq < 0) return fail(400, "Bad CSeq", null);
    msg.method = cs.method;
  }
  if (badVersion) return fail(505, "Version Not Supported", msg);
  if (badHeader) return fail(400, "Malformed Header", msg);
  // ---- body framing (§18.3, §20.14)
  if (clCount > 0 && clValue < 0) return fail(400, "Bad Content-Length", msg);
  const avail = len - bodyStart;
  if (clCount === 0) {
    msg.body = avail > 0 ? buf.subarray(bodyStart) : EMPTY;
  } else {
    if (hdrEnd === len && clValue > 0) return fail(400, "Missing Body", msg);
    if (clValue > avail) return fail(400, "Content-Length Exceeds Message", msg);
    msg.body = clValue === 0 ? EMPTY : buf.subarray(bodyStart, bodyStart + clValue);
  }
  return msg;
}

/**
 * Semantic checks every element makes on a parsed request before handing it to a TU (§8.2, RFC 4475):
 * mandatory headers, single-valued headers, Via/From/To/Contact syntax, CSeq (range and method match),
 * Request-URI syntax (416 for schemes other than sip/sips/tel), Max-Forwards syntax.
 * Returns null when the request is acceptable.
 */
export function validateRequest(m: SipMessage): ParseFailure | null {
  for (const h of ["Via", "From", "To", "Call-ID", "CSeq"]) {
    if (m.get(h) === undefined) return fail(400, `Missing ${h}`, m);
  }
  for (const h of SINGLE_HEADERS) if (m.count(h) > 1) return fail(400, `Multiple ${h} Values`, m);
  for (const v of m.getAll("Via")) if (parseVia(v) === null) return fail(400, "Bad Via", null);
  // getAll splits on commas: an empty element (RFC 4475 §3.1.2.1) is caught by checking the raw values
  for (const [n, v] of m.headers) {
    if (n === "Via" && splitList(v).some((x) => x.length === 0)) return fail(400, "Bad Via", null);
  }
  if (m.topVia === null) return fail(400, "Bad Via", null);
  for (const h of ["From", "To"]) {
    const p = parseNameAddrParts(m.get(h) as string);
    if (p === null || !uriOk(p.uri)) return fail(400, `Bad ${h}`, m);
  }
  for (const [n, v] of m.headers) {
    if (n !== "Contact" || v.trim() === "*") continue;
    for (const c of splitList(v)) {
      const p = parseNameAddrParts(c);
      if (p === null || !uriOk(p.uri)) return fail(400, "Bad Contact", m);
    }
  }
  const cs = parseCSeq(m.get("CSeq"));
  if (cs === null) return fail(400, "Bad CSeq", m);
  if (cs.method !== m.method) return fail(400, "CSeq Method Mismatch", m);
  if (m.callId.length === 0) return fail(400, "Bad Call-ID", m);
  const mf = m.get("Max-Forwards");
  if (mf !== undefined && parseUint(mf) < 0) return fail(400, "Bad Max-Forwards", m);
  // Request-URI (§19.1, RFC 4475 §3.1.2.7/§3.1.2.11, §3.3.2)
  const r = m.requestUri;
  const colon = r.indexOf(":");
  const scheme = colon > 0 ? r.slice(0, colon).toLowerCase() : "";
  if (scheme === "sip" || scheme === "sips" || scheme === "tel") {
    const u = parseUri(r);
    if (u === null) return fail(400, "Bad Request-URI", m);
    if (u.headers.size > 0) return fail(400, "Headers Not Allowed In Request-URI", m);
  } else if (isAbsoluteUri(r)) {
    return fail(416, "Unsupported URI Scheme", m);
  } else return fail(400, "Bad Request-URI", m);
  return null;
}

function uriOk(u: string): boolean {
  const colon = u.indexOf(":");
  const scheme = colon > 0 ? u.slice(0, colon).toLowerCase() : "";
  if (scheme === "sip" || scheme === "sips" || scheme === "tel") return parseUri(u) !== null;
  return isAbsoluteUri(u);
}

/**
 * Build a response to `req` (§8.2.6.2): copies all Via values, From, To (adding `toTag` if To has none),
 * Call-ID and CSeq. Reason defaults to reasonPhrase(status).
 */
export function buildResponse(req: SipMessage, status: number, reason?: string, toTag?: string): SipMessage {
  const headers: Array<[string, string]> = [];
  for (const h of req.headers) {
    const n = h[0];
    if (n === "Via" || n === "From" || n === "Call-ID" || n === "CSeq") headers.push([n, h[1]]);
    else if (n === "To") {
      let v = h[1];
      if (toTag !== undefined && toTag !== "" && status > 100 && !hasTag(req, v)) v = `${v};tag=${toTag}`;
      headers.push([n, v]);
    }
  }
  const m = new SipMessage(false, req.method, "", status, reason ?? reasonPhrase(status), headers, EMPTY);
  const cs = req.cseq;
  m.method = cs.seq >= 0 ? cs.method : req.method;
  return m;
}

function hasTag(req: SipMessage, raw: string): boolean {
  const to = req.to;
  if (to !== null) return to.params.has("tag");
  return /;\s*tag\s*=/i.test(raw);
}
