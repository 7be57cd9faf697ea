// Serves the built console (console/dist): files by path, index.html for
// "/" and for client-side routes; a hint page when the build is missing.
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { TemplatedApp } from "uWebSockets.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wav": "audio/wav",
  ".map": "application/json",
};

const MISSING = `<!doctype html><meta charset="utf-8"><title>Switchboard</title>
<h1>Switchboard</h1><p>The console is not built. Run <code>npm run build</code> and reload.</p>
<p>The API is at <a href="/api/v1/me">/api/v1</a>; health at <a href="/healthz">/healthz</a>.</p>`;

export function registerStatic(app: TemplatedApp, consoleDir: string | undefined): void {
  const root = consoleDir ? resolve(consoleDir) : null;
  app.get("/*", (res, req) => {
    const url = req.getUrl();
    const st = { aborted: false };
    res.onAborted(() => {
      st.aborted = true;
    });
    const reply = (status: string, type: string, body: Buffer | string, cache = "no-cache") => {
      if (st.aborted) return;
      res.cork(() => {
        res.writeStatus(status);
        res.writeHeader("content-type", type);
        res.writeHeader("cache-control", cache);
        res.writeHeader("x-content-type-options", "nosniff");
        res.writeHeader("x-frame-options", "DENY");
        res.writeHeader("referrer-policy", "no-referrer");
        res.end(body);
      });
    };
    if (url.startsWith("/api/")) {
      reply("404 Not Found", "application/json", JSON.stringify({ error: { code: "not_found", reason: `no route ${url}` } }));
      return;
    }
    void (async () => {
      if (!root || !existsSync(join(root, "index.html"))) {
        reply("200 OK", "text/html; charset=utf-8", MISSING);
        return;
      }
      let rel = decodeURIComponent(url);
      if (rel === "/" || rel === "") rel = "/index.html";
      const full = normalize(join(root, rel));
      if (!full.startsWith(root + sep)) {
        reply("404 Not Found", "text/plain", "not found");
        return;
      }
      try {
        const s = await stat(full);
        if (s.isFile()) {
          const immutable = full.includes(`${sep}assets${sep}`);
          reply("200 OK", TYPES[extname(full)] ?? "application/octet-stream", await readFile(full), immutable ? "public, max-age=31536000, immutable" : "no-cache");
          return;
        }
      } catch {}
      if (extname(rel)) {
        reply("404 Not Found", "text/plain", "not found");
        return;
      }
      // Client-side route: the SPA handles it.
      reply("200 OK", "text/html; charset=utf-8", await readFile(join(root, "index.html")));
    })().catch(() => reply("500 Internal Server Error", "text/plain", "error"));
  });
}
