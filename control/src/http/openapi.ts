// OpenAPI 3.1 generated from the same TypeBox schemas that validate the
// requests (router.routes), served at /api/v1/openapi.json, with a small
// self-contained HTML browser at /api/v1/docs (no CDN: works offline).
import type { TemplatedApp } from "uWebSockets.js";
import { ERROR_STATUS } from "./errors.ts";
import type { RouteInfo } from "./router.ts";
import { ErrorBody } from "./schemas.ts";

/** JSON Schema without TypeBox's symbol keys (JSON round trip drops them). */
const plain = (s: unknown) => JSON.parse(JSON.stringify(s));

export function buildOpenApi(routes: RouteInfo[], version = "0.1.0"): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.pattern.replace(/:(\w+)/g, "{$1}");
    const params: unknown[] = [...r.pattern.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    if (r.query) {
      const req = new Set((r.query.required as string[] | undefined) ?? []);
      for (const [name, schema] of Object.entries(r.query.properties)) {
        params.push({ name, in: "query", required: req.has(name), schema: plain(schema) });
      }
    }
    if (r.auth !== "public" && r.auth !== "any" && r.auth.includes("platform_admin")) {
      params.push({ name: "tenant", in: "query", required: false, description: "platform admin: the tenant slug to act on", schema: { type: "string" } });
    }
    const status = String(r.status ?? 200);
    const errors: Record<string, unknown> = {};
    const codesByStatus = new Map<number, string[]>();
    for (const [code, st] of Object.entries(ERROR_STATUS)) codesByStatus.set(st, [...(codesByStatus.get(st) ?? []), code]);
    const relevant = r.auth === "public" ? [400, 429, 500] : [400, 401, 403, 404, 500];
    for (const st of relevant) {
      errors[String(st)] = {
        description: `error (codes: ${(codesByStatus.get(st) ?? []).join(", ")})`,
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
    const op: Record<string, unknown> = {
      summary: r.summary ?? "",
      tags: [r.tag ?? "misc"],
      operationId: `${r.method}_${r.pattern.replace(/[^a-zA-Z0-9]+/g, "_").replace(/^_|_$/g, "")}`,
      parameters: params,
      responses: {
        [status]: { description: "success", content: { "application/json": { schema: r.response ? plain(r.response) : {} } } },
        ...errors,
      },
      "x-roles": r.auth,
    };
    if (r.auth !== "public") op.security = [{ bearer: [] }];
    if (r.body) op.requestBody = { required: true, content: { "application/json": { schema: plain(r.body) } } };
    paths[path] = { ...(paths[path] ?? {}), [r.method]: op };
  }
  paths["/api/v1/events"] = {
    get: {
      summary: "WebSocket event stream (upgrade). ?token=...; JSON messages, or protobuf Event frames with ?format=pb",
      tags: ["live"],
      parameters: [
        { name: "token", in: "query", required: true, schema: { type: "string" } },
        { name: "format", in: "query", required: false, schema: { enum: ["json", "pb"] } },
      ],
      responses: { "101": { description: "switching protocols" }, "401": { description: "missing/invalid token" } },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Switchboard control API",
      version,
      description: "Multi-tenant contact center control plane. Errors are {error:{code, reason, field?}}; see docs/api.md.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "session token from /api/v1/auth/login, or an API key (sbk_...)" } },
      schemas: { Error: plain(ErrorBody) },
    },
    paths,
  };
}

const DOCS_HTML = `<!doctype html><meta charset="utf-8"><title>Switchboard API</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:70em}h2{margin-top:1.5em}
details{border:1px solid #ddd;border-radius:4px;margin:.3em 0;padding:.3em .6em}summary{cursor:pointer}
code.m{display:inline-block;width:4.5em;font-weight:bold}pre{background:#f6f6f6;padding:.5em;overflow:auto}</style>
<h1>Switchboard control API</h1><p>Raw document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></p><div id="o"></div>
<script>
fetch("/api/v1/openapi.json").then(r=>r.json()).then(d=>{const byTag={};
for(const [p,ops] of Object.entries(d.paths))for(const [m,op] of Object.entries(ops))(byTag[op.tags[0]]??=[]).push([m,p,op]);
const o=document.getElementById("o");for(const [t,list] of Object.entries(byTag)){const h=document.createElement("h2");h.textContent=t;o.append(h);
for(const [m,p,op] of list){const e=document.createElement("details");const s=document.createElement("summary");
s.innerHTML="<code class=m></code><code class=p></code> <span></span>";s.children[0].textContent=m.toUpperCase();s.children[1].textContent=p;
s.children[2].textContent=op.summary+(op["x-roles"]?" ["+[].concat(op["x-roles"]).join(", ")+"]":"");
const pre=document.createElement("pre");pre.textContent=JSON.stringify({parameters:op.parameters,requestBody:op.requestBody,responses:op.responses},null,2);
e.append(s,pre);o.append(e);}}});
</script>`;

export function registerOpenApi(app: TemplatedApp, routes: RouteInfo[]): void {
  let cached: string | null = null;
  app.get("/api/v1/openapi.json", (res) => {
    cached ??= JSON.stringify(buildOpenApi(routes));
    res.cork(() => {
      res.writeHeader("content-type", "application/json; charset=utf-8");
      res.end(cached as string);
    });
  });
  app.get("/api/v1/docs", (res) => {
    res.cork(() => {
      res.writeHeader("content-type", "text/html; charset=utf-8");
      res.end(DOCS_HTML);
    });
  });
}
