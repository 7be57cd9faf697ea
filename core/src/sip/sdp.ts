// SDP (RFC 4566) parse/format and audio offer/answer codec choice (RFC 3264 §5, §6; RFC 4733 telephone-event).

export interface SdpMedia {
  type: string;
  port: number;
  proto: string;
  formats: number[];
  rtpmap: Map<number, { encoding: string; clockRate: number; channels: number }>;
  fmtp: Map<number, string>;
  direction: "sendrecv" | "sendonly" | "recvonly" | "inactive";
  /** media-level c= address (null: use the session-level one) */
  connection: string | null;
  ptime: number | null;
  /** other a= lines, raw (without the "a=" prefix) */
  attributes: string[];
}

export interface Sdp {
  origin: { username: string; sessionId: string; version: string; address: string };
  sessionName: string;
  connection: string | null;
  media: SdpMedia[];
  /** session-level a= lines, raw (without "a="); a session-level direction is also applied to media without one */
  attributes: string[];
}

const DIRECTIONS = new Set(["sendrecv", "sendonly", "recvonly", "inactive"]);

function connAddr(v: string): string | null {
  // "IN IP4 192.0.2.1[/ttl[/n]]"
  const p = v.trim().split(/\s+/);
  if (p.length !== 3 || p[0] !== "IN") return null;
  const a = (p[2] as string).split("/")[0] as string;
  return a.length > 0 ? a : null;
}

/** Parse an SDP body. Returns null when v=, o= or s= is missing/malformed or an m= line is bad. Never throws. */
export function parseSdp(text: string): Sdp | null {
  try {
    return parseInner(text);
  } catch {
    return null;
  }
}

function parseInner(text: string): Sdp | null {
  if (typeof text !== "string") return null;
  const lines = text.split(/\r?\n/);
  let origin: Sdp["origin"] | null = null;
  let sessionName: string | null = null;
  let connection: string | null = null;
  let sawV = false;
  const media: SdpMedia[] = [];
  const attributes: string[] = [];
  const explicitDir: boolean[] = [];
  let sessionDir: SdpMedia["direction"] | null = null;
  let cur: SdpMedia | null = null;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.length === 0) continue;
    if (line.length < 2 || line[1] !== "=") return null;
    const k = line[0];
    const v = line.slice(2);
    switch (k) {
      case "v":
        if (v.trim() !== "0") return null;
        sawV = true;
        break;
      case "o": {
        const p = v.trim().split(/\s+/);
        if (p.length !== 6) return null;
        origin = { username: p[0] as string, sessionId: p[1] as string, version: p[2] as string, address: p[5] as string };
        break;
      }
      case "s":
        sessionName = v;
        break;
      case "c": {
        const a = connAddr(v);
        if (a === null) return null;
        if (cur) cur.connection = a;
        else connection = a;
        break;
      }
      case "m": {
        const p = v.trim().split(/\s+/);
        if (p.length < 3) return null;
        const port = Number.parseInt((p[1] as string).split("/")[0] as string, 10);
        if (!Number.isInteger(port) || port < 0 || port > 65535) return null;
        const formats: number[] = [];
        for (const f of p.slice(3)) {
          if (/^\d{1,3}$/.test(f)) formats.push(Number(f));
        }
        cur = {
          type: p[0] as string, port, proto: p[2] as string, formats, rtpmap: new Map(), fmtp: new Map(),
          direction: "sendrecv", connection: null, ptime: null, attributes: [],
        };
        media.push(cur);
        explicitDir.push(false);
        break;
      }
      case "a": {
        if (DIRECTIONS.has(v)) {
          if (cur) {
            cur.direction = v as SdpMedia["direction"];
            explicitDir[explicitDir.length - 1] = true;
          } else {
            sessionDir = v as SdpMedia["direction"];
            attributes.push(v);
          }
          break;
        }
        if (cur === null) {
          attributes.push(v);
          break;
        }
        if (v.startsWith("rtpmap:")) {
          const m = /^rtpmap:(\d+)\s+([^/\s]+)\/(\d+)(?:\/(\d+))?/.exec(v);
          if (m) {
            cur.rtpmap.set(Number(m[1]), { encoding: m[2] as string, clockRate: Number(m[3]), channels: m[4] ? Number(m[4]) : 1 });
            break;
          }
        } else if (v.startsWith("fmtp:")) {
          const m = /^fmtp:(\d+)\s+(.*)$/.exec(v);
          if (m) {
            cur.fmtp.set(Number(m[1]), m[2] as string);
            break;
          }
        } else if (v.startsWith("ptime:")) {
          const n = Number(v.slice(6).trim());
          if (Number.isFinite(n) && n > 0) {
            cur.ptime = n;
            break;
          }
        }
        cur.attributes.push(v);
        break;
      }
      default:
        // t=, b=, i=, u=, e=, p=, k=, r=, z= are accepted and not modelled
        break;
    }
  }
  if (!sawV || origin === null || sessionName === null) return null;
  if (sessionDir !== null) {
    for (let i = 0; i < media.length; i++) if (!explicitDir[i]) (media[i] as SdpMedia).direction = sessionDir;
  }
  return { origin, sessionName, connection, media, attributes };
}

function ipType(a: string): string {
  return a.includes(":") ? "IP6" : "IP4";
}

/** Serialise with CRLF line ends; writes t=0 0 and each media's direction explicitly. */
export function formatSdp(s: Sdp): string {
  const o = s.origin;
  let out = `v=0\r\no=${o.username} ${o.sessionId} ${o.version} IN ${ipType(o.address)} ${o.address}\r\n`;
  out += `s=${s.sessionName.length > 0 ? s.sessionName : "-"}\r\n`;
  if (s.connection !== null) out += `c=IN ${ipType(s.connection)} ${s.connection}\r\n`;
  out += "t=0 0\r\n";
  for (const a of s.attributes) if (!DIRECTIONS.has(a)) out += `a=${a}\r\n`;
  for (const m of s.media) {
    out += `m=${m.type} ${m.port} ${m.proto}${m.formats.length ? ` ${m.formats.join(" ")}` : ""}\r\n`;
    if (m.connection !== null) out += `c=IN ${ipType(m.connection)} ${m.connection}\r\n`;
    for (const [pt, r] of m.rtpmap) out += `a=rtpmap:${pt} ${r.encoding}/${r.clockRate}${r.channels !== 1 ? `/${r.channels}` : ""}\r\n`;
    for (const [pt, f] of m.fmtp) out += `a=fmtp:${pt} ${f}\r\n`;
    if (m.ptime !== null) out += `a=ptime:${m.ptime}\r\n`;
    for (const a of m.attributes) out += `a=${a}\r\n`;
    out += `a=${m.direction}\r\n`;
  }
  return out;
}

const STATIC_PT: Record<"PCMU" | "PCMA", number> = { PCMU: 0, PCMA: 8 };

/**
 * Pick the audio codec for an answer: the first codec in `prefer` that the first usable (port != 0, RTP) audio
 * stream offers — by static PT (0 PCMU, 8 PCMA, RFC 3551) unless an rtpmap remaps it, or by rtpmap name at
 * 8000 Hz — plus the offered telephone-event/8000 PT (RFC 4733) if any.
 */
export function negotiateAudio(offer: Sdp, prefer: Array<"PCMU" | "PCMA">): {
  media: SdpMedia; address: string; port: number; codec: "PCMU" | "PCMA"; pt: number; dtmfPt: number | null;
  direction: SdpMedia["direction"];
} | null {
  for (const m of offer.media) {
    if (m.type !== "audio" || m.port === 0 || !m.proto.toUpperCase().startsWith("RTP/")) continue;
    const address = m.connection ?? offer.connection;
    if (address === null) continue;
    for (const codec of prefer) {
      let pt = -1;
      for (const f of m.formats) {
        const r = m.rtpmap.get(f);
        if (r === undefined ? f === STATIC_PT[codec] : r.encoding.toUpperCase() === codec && r.clockRate === 8000) {
          pt = f;
          break;
        }
      }
      if (pt < 0) continue;
      let dtmfPt: number | null = null;
      for (const f of m.formats) {
        const r = m.rtpmap.get(f);
        if (r !== undefined && r.encoding.toLowerCase() === "telephone-event" && r.clockRate === 8000) {
          dtmfPt = f;
          break;
        }
      }
      return { media: m, address, port: m.port, codec, pt, dtmfPt, direction: m.direction };
    }
  }
  return null;
}
