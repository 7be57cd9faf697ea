// The Replaces header (RFC 3891) and its place inside a REFER's Refer-To URI
// (RFC 3515 §2.1, RFC 5589 §7: attended transfer). Pure parsing: no I/O.

/** The dialog a Replaces header names, seen from the receiving UA (RFC 3891 §3). */
export interface ReplacesTarget {
  callId: string;
  /** Compared with the receiver's local tag. */
  toTag: string;
  /** Compared with the receiver's remote tag. */
  fromTag: string;
  /** "early-only": replace only a dialog that is not yet confirmed (§6.1). */
  earlyOnly: boolean;
}

/**
 * Parses a Replaces header value (RFC 3891 §6.1):
 *   Replaces = callid *(SEMI replaces-param)
 *   replaces-param = to-tag / from-tag / early-flag / generic-param
 * to-tag and from-tag are both mandatory; null when either is missing, the
 * Call-ID is empty, or a parameter appears twice.
 */
export function parseReplaces(value: string | null | undefined): ReplacesTarget | null {
  if (!value) return null;
  const parts = value.split(";");
  const callId = parts[0]!.trim();
  if (!callId || /\s/.test(callId)) return null;
  let toTag: string | null = null;
  let fromTag: string | null = null;
  let earlyOnly = false;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!.trim();
    if (!p) return null;
    const eq = p.indexOf("=");
    const name = (eq < 0 ? p : p.slice(0, eq)).trim().toLowerCase();
    const v = eq < 0 ? "" : p.slice(eq + 1).trim();
    if (name === "to-tag") {
      if (toTag !== null || !v) return null;
      toTag = v;
    } else if (name === "from-tag") {
      if (fromTag !== null || !v) return null;
      fromTag = v;
    } else if (name === "early-only") earlyOnly = true;
    // generic-param: ignored (§6.1 allows extensions).
  }
  if (toTag === null || fromTag === null) return null;
  return { callId, toTag, fromTag, earlyOnly };
}

/**
 * The Replaces carried as an embedded header of a Refer-To URI
 * (`sip:b@host?Replaces=callid%3Bto-tag%3Dx%3Bfrom-tag%3Dy`). Header names
 * are matched case-insensitively; the value is %-decoded (RFC 3261 §19.1.1
 * escapes the ';' and '=' inside hvalue). Null if absent or malformed.
 */
export function replacesFromUriHeaders(headers: ReadonlyMap<string, string>): ReplacesTarget | null {
  for (const [name, raw] of headers) {
    if (name.toLowerCase() !== "replaces") continue;
    let v: string;
    try {
      v = decodeURIComponent(raw);
    } catch {
      return null;
    }
    return parseReplaces(v);
  }
  return null;
}

/** True when the URI headers carry a Replaces (well formed or not). */
export function hasReplaces(headers: ReadonlyMap<string, string>): boolean {
  for (const name of headers.keys()) if (name.toLowerCase() === "replaces") return true;
  return false;
}

/** Formats the header value (RFC 3891 §6.1). */
export function formatReplaces(t: ReplacesTarget): string {
  return `${t.callId};to-tag=${t.toTag};from-tag=${t.fromTag}${t.earlyOnly ? ";early-only" : ""}`;
}

/** A Refer-To name-addr for an attended transfer to `uri` replacing dialog `t` (RFC 5589 §7). */
export function referToWithReplaces(uri: string, t: ReplacesTarget): string {
  return `<${uri}?Replaces=${encodeURIComponent(formatReplaces(t))}>`;
}
