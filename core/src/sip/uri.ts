// SIP/SIPS/tel URIs, name-addr / addr-spec and Via values.
// RFC 3261 §19.1 (SIP URI), §25.1 (ABNF), §20.42 (Via); RFC 3966 (tel); RFC 5118 (IPv6 references).
// None of these functions throw: malformed input yields null.

export interface SipUri {
  scheme: "sip" | "sips" | "tel";
  /** userinfo user part, %HH escapes decoded (RFC 4475 §3.1.1.3/§3.1.1.9); for tel: the telephone number. */
  user: string | null;
  password: string | null;
  /** host as written (IPv6 references keep their brackets); "" for tel URIs. */
  host: string;
  port: number | null;
  /** uri-parameters; names lower-cased (case-insensitive per §19.1.4), values raw. */
  params: Map<string, string | null>;
  /** ?headers; names as written, values raw (still %-escaped). */
  headers: Map<string, string>;
}

export interface NameAddr {
  /** display name with quotes removed and quoted-pairs resolved; null when absent. */
  displayName: string | null;
  uri: SipUri;
  /** header parameters after the URI (e.g. tag, expires); names lower-cased, values raw (quoted strings keep quotes). */
  params: Map<string, string | null>;
}

export interface Via {
  /** e.g. "SIP/2.0" */
  protocol: string;
  /** upper-cased transport token, e.g. "UDP", "TCP", "TLS", "WS" */
  transport: string;
  host: string;
  port: number | null;
  /** via-params; names lower-cased, values raw ("received", "rport" (null when empty), "branch", ...) */
  params: Map<string, string | null>;
}

// ---------------------------------------------------------------- char classes

const TOKEN = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~") TOKEN[c.charCodeAt(0)] = 1;
/** RFC 3261 token character. */
export function isTokenChar(c: number): boolean {
  return c < 128 && TOKEN[c] === 1;
}
export function isToken(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isTokenChar(s.charCodeAt(i))) return false;
  return true;
}

// unreserved + user-unreserved (§25.1): characters left as-is in the user part on output.
const USER_SAFE = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()&=+$,;?/")
  USER_SAFE[c.charCodeAt(0)] = 1;
const PASS_SAFE = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()&=+$,") PASS_SAFE[c.charCodeAt(0)] = 1;

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Decode %HH escapes (bytes, then UTF-8). Returns null on a malformed escape. */
export function unescapePct(s: string): string | null {
  if (s.indexOf("%") < 0) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37) {
      const h = hexVal(s.charCodeAt(i + 1));
      const l = hexVal(s.charCodeAt(i + 2));
      if (h < 0 || l < 0) return null;
      bytes.push(h * 16 + l);
      i += 2;
    } else if (c < 128) {
      bytes.push(c);
    } else {
      for (const b of Buffer.from(s[i] as string, "utf8")) bytes.push(b);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function escapeWith(s: string, safe: Uint8Array): string {
  let ok = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || safe[c] !== 1) {
      ok = false;
      break;
    }
  }
  if (ok) return s;
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    out += b < 128 && safe[b] === 1 ? String.fromCharCode(b) : `%${b < 16 ? "0" : ""}${b.toString(16).toUpperCase()}`;
  }
  return out;
}

/** hostname / IPv4 / [IPv6] check (§25.1 host, RFC 5118: tolerate the 3-colon ABNF bug). */
export function isValidHost(h: string): boolean {
  const n = h.length;
  if (n === 0) return false;
  if (h.charCodeAt(0) === 91) {
    if (h.charCodeAt(n - 1) !== 93 || n < 4) return false;
    for (let i = 1; i < n - 1; i++) {
      const c = h.charCodeAt(i);
      if (!(hexVal(c) >= 0 || c === 58 || c === 46)) return false;
    }
    return h.indexOf(":") > 0;
  }
  for (let i = 0; i < n; i++) {
    const c = h.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
    if (!ok) return false;
  }
  return true;
}

function parsePort(s: string): number | null | undefined {
  // undefined = malformed
  if (s.length === 0 || s.length > 5) return undefined;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    v = v * 10 + c;
  }
  return v > 65535 ? undefined : v;
}

/** Split "host[:port]" / "[v6][:port]". Returns null when malformed. */
export function splitHostPort(s: string): { host: string; port: number | null } | null {
  let host: string;
  let rest: string;
  if (s.charCodeAt(0) === 91) {
    const e = s.indexOf("]");
    if (e < 0) return null;
    host = s.slice(0, e + 1);
    rest = s.slice(e + 1);
  } else {
    const c = s.indexOf(":");
    host = c < 0 ? s : s.slice(0, c);
    rest = c < 0 ? "" : s.slice(c);
  }
  if (!isValidHost(host)) return null;
  if (rest.length === 0) return { host, port: null };
  if (rest.charCodeAt(0) !== 58) return null;
  const p = parsePort(rest.slice(1));
  if (p === undefined) return null;
  return { host, port: p };
}

function parseParams(s: string, into: Map<string, string | null>): boolean {
  // s: ";a=b;c" (leading ';' included) or "" ; no whitespace allowed inside URIs
  if (s.length === 0) return true;
  const parts = s.split(";");
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] as string;
    if (p.length === 0) return false;
    const eq = p.indexOf("=");
    const name = eq < 0 ? p : p.slice(0, eq);
    if (name.length === 0) return false;
    into.set(name.toLowerCase(), eq < 0 ? null : p.slice(eq + 1));
  }
  return true;
}

/**
 * Parse a sip:, sips: or tel: URI (§19.1, RFC 3966). Any whitespace makes it invalid (RFC 4475 §3.1.2.8).
 * user/password are %-decoded; params and headers keep their raw values.
 */
export function parseUri(s: string): SipUri | null {
  if (typeof s !== "string") return null;
  const colon = s.indexOf(":");
  if (colon <= 0) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 127 || c === 60 || c === 62 || c === 34) return null;
  }
  const scheme = s.slice(0, colon).toLowerCase();
  const rest = s.slice(colon + 1);
  const params = new Map<string, string | null>();
  const headers = new Map<string, string>();
  if (scheme === "tel") {
    // telephone-subscriber *( ";" param ) — RFC 3966 §3
    const semi = rest.indexOf(";");
    const num = semi < 0 ? rest : rest.slice(0, semi);
    if (num.length === 0) return null;
    for (let i = 0; i < num.length; i++) {
      const c = num.charCodeAt(i);
      const ok = hexVal(c) >= 0 || c === 43 || c === 45 || c === 46 || c === 40 || c === 41 || c === 42 || c === 35 || c === 112 || c === 119 || c === 80 || c === 87;
      if (!ok) return null;
    }
    if (!parseParams(semi < 0 ? "" : rest.slice(semi), params)) return null;
    return { scheme: "tel", user: num, password: null, host: "", port: null, params, headers };
  }
  if (scheme !== "sip" && scheme !== "sips") return null;
  let user: string | null = null;
  let password: string | null = null;
  let hostPart = rest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    // '?', ',', ';', '/' are legal user-unreserved characters (RFC 4475 §3.1.1.2); '@' is never legal unescaped
    const userinfo = rest.slice(0, at);
    hostPart = rest.slice(at + 1);
    const pc = userinfo.indexOf(":");
    const rawUser = pc < 0 ? userinfo : userinfo.slice(0, pc);
    if (rawUser.length === 0) return null;
    user = unescapePct(rawUser);
    if (user === null) return null;
    if (pc >= 0) {
      password = unescapePct(userinfo.slice(pc + 1));
      if (password === null) return null;
    }
  }
  const qm = hostPart.indexOf("?");
  const beforeHeaders = qm < 0 ? hostPart : hostPart.slice(0, qm);
  // host may be an IPv6 reference containing ':' but never ';'
  const semi = beforeHeaders.indexOf(";");
  const hp = splitHostPort(semi < 0 ? beforeHeaders : beforeHeaders.slice(0, semi));
  if (hp === null) return null;
  if (semi >= 0 && !parseParams(beforeHeaders.slice(semi), params)) return null;
  if (qm >= 0) {
    const hs = hostPart.slice(qm + 1);
    if (hs.length === 0) return null;
    for (const h of hs.split("&")) {
      const eq = h.indexOf("=");
      if (eq <= 0) return null;
      headers.set(h.slice(0, eq), h.slice(eq + 1));
    }
  }
  return { scheme, user, password, host: hp.host, port: hp.port, params, headers };
}

export function formatUri(u: SipUri): string {
  let s = `${u.scheme}:`;
  if (u.scheme === "tel") {
    s += u.user ?? "";
  } else {
    if (u.user !== null) {
      s += escapeWith(u.user, USER_SAFE);
      if (u.password !== null) s += `:${escapeWith(u.password, PASS_SAFE)}`;
      s += "@";
    }
    s += u.host;
    if (u.port !== null) s += `:${u.port}`;
  }
  for (const [k, v] of u.params) s += v === null ? `;${k}` : `;${k}=${v}`;
  let first = true;
  for (const [k, v] of u.headers) {
    s += `${first ? "?" : "&"}${k}=${v}`;
    first = false;
  }
  return s;
}

// ---------------------------------------------------------------- lists and params

/**
 * Split a header value on top-level commas (outside quoted strings and <...>).
 * Returns trimmed elements; empty elements are kept (callers decide whether they are an error).
 */
export function splitList(v: string): string[] {
  const out: string[] = [];
  let start = 0;
  let inQ = false;
  let inA = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (inQ) {
      if (c === 92) i++;
      else if (c === 34) inQ = false;
    } else if (c === 34) inQ = true;
    else if (c === 60) inA = true;
    else if (c === 62) inA = false;
    else if (c === 44 && !inA) {
      out.push(v.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(v.slice(start).trim());
  return out;
}

/**
 * Parse header parameters ";name[=value]" starting at `i` in `s` (LWS allowed around ';' and '=').
 * Values may be tokens, hosts ([v6]) or quoted strings (kept with their quotes). Returns false on a syntax error.
 */
function parseHeaderParams(s: string, i: number, into: Map<string, string | null>): boolean {
  const n = s.length;
  for (;;) {
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i >= n) return true;
    if (s.charCodeAt(i) !== 59) return false;
    i++;
    while (i < n && isWs(s.charCodeAt(i))) i++;
    const ns = i;
    while (i < n && isTokenChar(s.charCodeAt(i))) i++;
    if (i === ns) return false;
    const name = s.slice(ns, i).toLowerCase();
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i < n && s.charCodeAt(i) === 61) {
      i++;
      while (i < n && isWs(s.charCodeAt(i))) i++;
      const vs = i;
      if (s.charCodeAt(i) === 34) {
        i++;
        while (i < n && s.charCodeAt(i) !== 34) {
          if (s.charCodeAt(i) === 92) i++;
          i++;
        }
        if (i >= n) return false;
        i++;
      } else if (s.charCodeAt(i) === 91) {
        const e = s.indexOf("]", i);
        if (e < 0) return false;
        i = e + 1;
      } else {
        // token, or IPv6 without brackets (RFC 5118 §4.5: received=2001:db8::9:255)
        while (i < n) {
          const c = s.charCodeAt(i);
          if (!(isTokenChar(c) || c === 58)) break;
          i++;
        }
      }
      if (i === vs) return false;
      into.set(name, s.slice(vs, i));
    } else {
      into.set(name, null);
    }
  }
}

/** Read a quoted-string at s[i] == '"'. Returns [unescaped content, index after closing quote] or null. */
function readQuoted(s: string, i: number): [string, number] | null {
  let out = "";
  let j = i + 1;
  const n = s.length;
  let segStart = j;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === 92) {
      if (j + 1 >= n) return null;
      out += s.slice(segStart, j) + s[j + 1];
      j += 2;
      segStart = j;
    } else if (c === 34) {
      return [out + s.slice(segStart, j), j + 1];
    } else j++;
  }
  return null;
}

export interface NameAddrParts {
  displayName: string | null;
  /** the URI text, unparsed (any scheme) */
  uri: string;
  params: Map<string, string | null>;
}

/**
 * Syntax of a From/To/Contact/Route style value: name-addr (`"Name" <uri>;p`, `Name <uri>`, `<uri>`) or
 * addr-spec (`uri;p` — then everything after the first ';' is a header parameter and '?', ',' are not allowed,
 * RFC 3261 §20.10, RFC 4475 §3.1.2.13/§3.3.12). The URI is returned as text, any scheme.
 */
export function parseNameAddrParts(s: string): NameAddrParts | null {
  if (typeof s !== "string") return null;
  const n = s.length;
  let i = 0;
  while (i < n && isWs(s.charCodeAt(i))) i++;
  if (i >= n) return null;
  let displayName: string | null = null;
  let uriStr: string;
  const params = new Map<string, string | null>();
  const c0 = s.charCodeAt(i);
  const lt = s.indexOf("<", i);
  if (c0 === 34 || (lt >= 0 && c0 !== 60 && isDisplayTokens(s, i, lt))) {
    if (c0 === 34) {
      const q = readQuoted(s, i);
      if (q === null) return null;
      displayName = q[0];
      i = q[1];
      while (i < n && isWs(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== 60) return null;
    } else {
      displayName = s.slice(i, lt).trim().replace(/[ \t\r\n]+/g, " ");
      i = lt;
    }
  }
  if (s.charCodeAt(i) === 60) {
    const gt = s.indexOf(">", i);
    if (gt < 0) return null;
    uriStr = s.slice(i + 1, gt);
    i = gt + 1;
  } else {
    const st = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 59 || isWs(c)) break;
      if (c === 63 || c === 44 || c === 60 || c === 62 || c === 34) return null;
      i++;
    }
    uriStr = s.slice(st, i);
  }
  if (!parseHeaderParams(s, i, params)) return null;
  return { displayName, uri: uriStr, params };
}

/** Generic absoluteURI shape check (RFC 3261 §25.1): scheme ":" non-empty opaque part, no whitespace. */
export function isAbsoluteUri(s: string): boolean {
  const colon = s.indexOf(":");
  if (colon <= 0 || colon === s.length - 1) return false;
  const c0 = s.charCodeAt(0) | 32;
  if (c0 < 97 || c0 > 122) return false;
  for (let i = 1; i < colon; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 43 || c === 45 || c === 46;
    if (!ok) return false;
  }
  for (let i = colon + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 127 || c === 60 || c === 62 || c === 34) return false;
  }
  return true;
}

/** name-addr / addr-spec with a sip:, sips: or tel: URI; null for other schemes or bad syntax. */
export function parseNameAddr(s: string): NameAddr | null {
  const p = parseNameAddrParts(s);
  if (p === null) return null;
  const uri = parseUri(p.uri);
  if (uri === null) return null;
  return { displayName: p.displayName, uri, params: p.params };
}

function isDisplayTokens(s: string, from: number, to: number): boolean {
  // *(token LWS) before '<' (RFC 4475 §3.1.1.6 allows no LWS before '<')
  let any = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isWs(c)) continue;
    if (!isTokenChar(c)) return false;
    any = true;
  }
  return any;
}

function quote(s: string): string {
  return `"${s.replace(/["\\]/g, "\\$&")}"`;
}

export function formatNameAddr(na: NameAddr): string {
  let s = na.displayName !== null && na.displayName !== "" ? `${quote(na.displayName)} ` : "";
  s += `<${formatUri(na.uri)}>`;
  for (const [k, v] of na.params) s += v === null ? `;${k}` : `;${k}=${v}`;
  return s;
}

/** Parse one header value holding one or more comma-separated via-parms (§20.42, LWS allowed around '/' and ':'). */
export function parseVia(value: string): Via[] | null {
  if (typeof value !== "string") return null;
  const out: Via[] = [];
  for (const part of splitList(value)) {
    const v = parseOneVia(part);
    if (v === null) return null;
    out.push(v);
  }
  return out.length > 0 ? out : null;
}

function skipWs(s: string, i: number): number {
  while (i < s.length && isWs(s.charCodeAt(i))) i++;
  return i;
}

function tokenEnd(s: string, i: number): number {
  while (i < s.length && isTokenChar(s.charCodeAt(i))) i++;
  return i;
}

/** Parse one via-parm; exported for the message's lazy topVia. */
export function parseOneVia(s: string): Via | null {
  const n = s.length;
  // sent-protocol: name SLASH version SLASH transport, LWS allowed around the slashes
  let i = skipWs(s, 0);
  let st = i;
  i = tokenEnd(s, i);
  if (i === st) return null;
  const name = s.slice(st, i);
  i = skipWs(s, i);
  if (s.charCodeAt(i) !== 47) return null;
  i = skipWs(s, i + 1);
  st = i;
  i = tokenEnd(s, i);
  if (i === st) return null;
  const ver = s.slice(st, i);
  i = skipWs(s, i);
  if (s.charCodeAt(i) !== 47) return null;
  i = skipWs(s, i + 1);
  st = i;
  i = tokenEnd(s, i);
  if (i === st) return null;
  const transport = s.slice(st, i);
  i = skipWs(s, i);
  // sent-by: host [ COLON port ], LWS allowed around ':'
  const hs = i;
  let host: string;
  if (s.charCodeAt(i) === 91) {
    const e = s.indexOf("]", i);
    if (e < 0) return null;
    host = s.slice(hs, e + 1);
    i = e + 1;
  } else {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 58 || c === 59 || isWs(c)) break;
      i++;
    }
    host = s.slice(hs, i);
  }
  if (!isValidHost(host)) return null;
  i = skipWs(s, i);
  let port: number | null = null;
  if (s.charCodeAt(i) === 58) {
    i = skipWs(s, i + 1);
    const ps = i;
    let v = 0;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
      v = v * 10 + s.charCodeAt(i) - 48;
      i++;
    }
    if (i === ps || i - ps > 5 || v > 65535) return null;
    port = v;
  }
  const params = new Map<string, string | null>();
  if (!parseHeaderParams(s, i, params)) return null;
  const protocol = name === "SIP" && ver === "2.0" ? "SIP/2.0" : `${name}/${ver}`.toUpperCase();
  const tr = transport === "UDP" || transport === "TCP" || transport === "TLS" || transport === "WS" || transport === "WSS" ? transport : transport.toUpperCase();
  return { protocol, transport: tr, host, port, params };
}

/** The first element of a comma-separated header value (outside quotes and <>), untrimmed. */
export function firstListElement(v: string): string {
  let inQ = false;
  let inA = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (inQ) {
      if (c === 92) i++;
      else if (c === 34) inQ = false;
    } else if (c === 34) inQ = true;
    else if (c === 60) inA = true;
    else if (c === 62) inA = false;
    else if (c === 44 && !inA) return v.slice(0, i);
  }
  return v;
}

export function formatVia(v: Via): string {
  let s = `${v.protocol}/${v.transport} ${v.host}`;
  if (v.port !== null) s += `:${v.port}`;
  for (const [k, val] of v.params) s += val === null ? `;${k}` : `;${k}=${val}`;
  return s;
}
