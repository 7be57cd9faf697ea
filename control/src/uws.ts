// Loads the NATIVE uWebSockets.js binary. The package's own entry point
// silently falls back to a slow pure-JS implementation when the binary does
// not match this Node build; we refuse to run on that fallback.
import { createRequire } from "node:module";
import type * as UwsTypes from "uWebSockets.js";

export type Uws = typeof UwsTypes;

let cached: Uws | null = null;

/** Returns the native uWS module or throws an Error explaining why it could not load. */
export function loadNativeUws(): Uws {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const name = `uws_${process.platform}_${process.arch}_${process.versions.modules}.node`;
  try {
    cached = require(`uWebSockets.js/binaries/${name}`) as Uws;
  } catch (err) {
    throw new Error(
      `uWebSockets.js native binary ${name} did not load (Node ${process.version}); ` +
        `refusing to start on the slow JS fallback: ${(err as Error).message}`,
    );
  }
  return cached;
}
