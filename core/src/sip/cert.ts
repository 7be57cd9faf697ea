// A self-signed certificate for SIP over TLS when the operator gave none (RFC 3261 §26.2 needs a server
// certificate; a real deployment configures one signed by a CA its peers trust). Generated once with the
// system's `openssl` (node:crypto can make keys but not X.509 certificates) and kept beside the data.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { isIP } from "node:net";
import { join } from "node:path";

/**
 * Key and certificate in `dir` (`sip-tls.key`, `sip-tls.crt`), created on first use: EC P-256, valid 10 years,
 * subject CN and subjectAltName = `host` (an IP literal becomes an IP SAN). Throws when openssl fails.
 */
export function ensureSelfSignedCert(dir: string, host: string): { key: Buffer; cert: Buffer; keyPath: string; certPath: string; created: boolean } {
  const keyPath = join(dir, "sip-tls.key");
  const certPath = join(dir, "sip-tls.crt");
  let created = false;
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const san = isIP(host) ? `IP:${host}` : `DNS:${host}`;
    // write under temporary names and rename: a crash half-way never leaves a key without its certificate
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "3650",
      "-subj", `/CN=${host}`, "-addext", `subjectAltName=${san}`,
      "-keyout", `${keyPath}.tmp`, "-out", `${certPath}.tmp`,
    ], { stdio: "ignore" });
    renameSync(`${keyPath}.tmp`, keyPath);
    renameSync(`${certPath}.tmp`, certPath);
    created = true;
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath), keyPath, certPath, created };
}
