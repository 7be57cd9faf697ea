// SIP INFO DTMF bodies (no Info-Package: the legacy usage RFC 6086 section 2 keeps working).

/**
 * The key in a SIP INFO DTMF body, or null: `application/dtmf-relay` ("Signal=5",
 * "Duration=160" lines; the de-facto format of Cisco and most PBXs) or
 * `application/dtmf` (the bare key). Keys 0-9 * # A-D; "10"/"11" mean * and #
 * in some phones' dtmf-relay.
 */
export function infoDtmfDigit(contentType: string, body: string): string | null {
  const ct = contentType.split(";")[0]!.trim().toLowerCase();
  let v: string;
  if (ct === "application/dtmf-relay") {
    const m = /^\s*signal\s*=\s*(\S+)\s*$/im.exec(body);
    if (!m) return null;
    v = m[1]!;
  } else if (ct === "application/dtmf") v = body.trim();
  else return null;
  if (v === "10") return "*";
  if (v === "11") return "#";
  v = v.toUpperCase();
  return /^[0-9*#A-D]$/.test(v) ? v : null;
}
