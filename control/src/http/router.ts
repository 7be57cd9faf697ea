// A small router over uWebSockets.js: reads what it needs from the request
// synchronously (uWS invalidates req when the handler returns), collects the
// body, authenticates, validates with TypeBox and writes JSON or streams.
import { createReadStream } from "node:fs";
import type { TObject, TSchema } from "@sinclair/typebox";
import { Value, ValueErrorType } from "@sinclair/typebox/value";
import type { Logger } from "pino";
import type { HttpRequest, HttpResponse, TemplatedApp } from "uWebSockets.js";
import type { Auth, AuthUser, Role } from "../auth/sessions.ts";
import { ApiError, STATUS_TEXT, isDbUnavailable } from "./errors.ts";

export interface Ctx {
  method: string;
  url: string;
  params: string[];
  query: URLSearchParams;
  ip: string;
  token: string;
  body: unknown;
  /** The raw body (routes with spec.rawBody). */
  raw?: Buffer;
  /** Request content-type header. */
  contentType?: string;
  /** Query parameters validated/converted by spec.query ({} without one). */
  q: Record<string, unknown>;
  user: AuthUser | null;
}

export type Reply =
  | { status?: number; json: unknown; headers?: Record<string, string> }
  | { status?: number; rawReply: { body: Buffer; contentType: string; filename?: string } }
  | { status?: number; file: { path: string; size: number; contentType: string; headers?: Record<string, string> } };

export interface RouteSpec {
  /** "public" or the roles allowed (any authenticated user if "any"). */
  auth: "public" | "any" | readonly Role[];
  /** JSON body schema (validated; unknown fields rejected by the schema). */
  body?: TSchema;
  /** Query parameters (strings converted to the schema's types; unknown ones ignored). */
  query?: TObject;
  /** Success response schema (documentation). */
  response?: TSchema;
  /** Success status. Default 200. */
  status?: number;
  summary?: string;
  tag?: string;
  /** Accept a raw (non-JSON) body up to maxBytes in ctx.raw, e.g. file uploads. Default: JSON bodies up to 1 MiB. */
  rawBody?: { maxBytes: number; contentTypes: string[] };
}

export interface RouteInfo extends RouteSpec {
  method: string;
  pattern: string;
}

const MAX_BODY = 1024 * 1024;

function firstError(schema: TSchema, value: unknown): ApiError | null {
  const e = Value.Errors(schema, value).First();
  if (!e) return null;
  const field = e.path.replace(/^\//, "").replace(/\//g, ".") || "(body)";
  if (e.type === ValueErrorType.ObjectAdditionalProperties) {
    return new ApiError("validation_failed", `${field}: unknown field`, { field });
  }
  return new ApiError("validation_failed", `${field}: ${e.message}`, { field });
}

/** The permission id of a route: "<method> <pattern>", e.g. "get /api/v1/cdrs". */
export function routeId(r: { method: string; pattern: string }): string {
  return `${r.method} ${r.pattern}`;
}

export function readToken(authorization: string, query: URLSearchParams): string {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (m) return m[1] as string;
  return query.get("token") ?? "";
}

export function remoteIp(res: HttpResponse): string {
  return Buffer.from(res.getRemoteAddressAsText()).toString();
}

export class Router {
  readonly routes: RouteInfo[] = [];
  constructor(
    private readonly app: TemplatedApp,
    private readonly auth: Auth,
    private readonly log: Logger,
  ) {}

  add(method: "get" | "post" | "put" | "patch" | "del", pattern: string, spec: RouteSpec, handler: (ctx: Ctx) => Promise<Reply>): void {
    this.routes.push({ method: method === "del" ? "delete" : method, pattern, ...spec });
    const nParams = (pattern.match(/\/:/g) ?? []).length;
    const opId = routeId({ method: method === "del" ? "delete" : method, pattern });
    this.app[method](pattern, (res: HttpResponse, req: HttpRequest) => {
      const st = { aborted: false };
      res.onAborted(() => {
        st.aborted = true;
      });
      const params: string[] = [];
      let badParam = false;
      for (let i = 0; i < nParams; i++) {
        const raw = req.getParameter(i) ?? "";
        try {
          params.push(decodeURIComponent(raw));
        } catch {
          badParam = true; // malformed %-escape: answered below, never thrown out of a uWS handler
          params.push(raw);
        }
      }
      const query = new URLSearchParams(req.getQuery() ?? "");
      const ctx: Ctx = {
        method: req.getMethod().toUpperCase(),
        url: req.getUrl(),
        params,
        query,
        ip: remoteIp(res),
        token: readToken(req.getHeader("authorization"), query),
        body: undefined,
        q: {},
        user: null,
      };
      const contentType = req.getHeader("content-type");
      ctx.contentType = contentType;
      const wantsBody = method === "post" || method === "put" || method === "patch";
      const run = async (raw: Buffer | null): Promise<void> => {
        try {
          if (badParam) throw new ApiError("bad_request", "malformed %-escape in the path");
          if (spec.auth !== "public") {
            ctx.user = ctx.token ? await this.auth.authenticate(ctx.token) : null;
            if (!ctx.user) throw new ApiError("unauthorized", "missing or invalid bearer token");
            if (spec.auth !== "any" && !spec.auth.includes(ctx.user.role)) {
              throw new ApiError("forbidden", `role ${ctx.user.role} may not ${ctx.method} ${pattern}`);
            }
            // A custom role narrows its base role to a list of operations.
            if (ctx.user.permissions && spec.auth !== "any" && !ctx.user.permissions.includes(opId)) {
              throw new ApiError("forbidden", `your role does not include ${opId}`);
            }
          }
          if (spec.query) {
            const known = spec.query.properties;
            const obj: Record<string, unknown> = {};
            for (const [k, v] of ctx.query) if (k in known) obj[k] = v;
            const conv = Value.Convert(spec.query, obj);
            const err = firstError(spec.query, conv);
            if (err) throw err;
            ctx.q = conv as Record<string, unknown>;
          }
          if (spec.rawBody) {
            const ct = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
            if (!spec.rawBody.contentTypes.includes(ct)) {
              throw new ApiError("bad_request", `content-type must be one of ${spec.rawBody.contentTypes.join(", ")}`);
            }
            ctx.raw = raw ?? Buffer.alloc(0);
          }
          if (spec.body) {
            if (!raw || raw.length === 0) ctx.body = {};
            else {
              if (contentType && !/^application\/json\b/i.test(contentType)) {
                throw new ApiError("bad_request", "content-type must be application/json");
              }
              try {
                ctx.body = JSON.parse(raw.toString("utf8"));
              } catch {
                throw new ApiError("invalid_json", "request body is not valid JSON");
              }
            }
            const err = firstError(spec.body, ctx.body);
            if (err) throw err;
          }
          const reply = await handler(ctx);
          this.send(res, st, reply);
        } catch (err) {
          this.sendError(res, st, err);
        }
      };
      if (!wantsBody) {
        void run(null);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.onData((ab, isLast) => {
        if (size < 0) return;
        size += ab.byteLength;
        const max = spec.rawBody?.maxBytes ?? MAX_BODY;
        if (size > max) {
          size = -1;
          this.sendError(res, st, new ApiError("payload_too_large", `body over ${max} bytes`));
          return;
        }
        chunks.push(Buffer.from(ab.slice(0)));
        if (isLast) void run(Buffer.concat(chunks));
      });
    });
  }

  sendError(res: HttpResponse, st: { aborted: boolean }, err: unknown): void {
    let api: ApiError;
    if (err instanceof ApiError) api = err;
    else if (isDbUnavailable(err)) api = new ApiError("db_unavailable", "the database is unavailable; retry shortly", { retryAfterS: 2 });
    else {
      this.log.error({ err }, "request failed");
      api = new ApiError("internal", "internal error");
    }
    const headers: Record<string, string> = {};
    if (api.extra?.retryAfterS) headers["retry-after"] = String(api.extra.retryAfterS);
    this.send(res, st, { status: api.status, json: api.toJSON(), headers });
  }

  private send(res: HttpResponse, st: { aborted: boolean }, reply: Reply): void {
    if (st.aborted) return;
    const status = STATUS_TEXT[reply.status ?? 200] ?? `${reply.status} Unknown`;
    if ("file" in reply) {
      streamFile(res, st, status, reply.file);
      return;
    }
    if ("rawReply" in reply) {
      const rr = reply.rawReply;
      res.cork(() => {
        res.writeStatus(status);
        res.writeHeader("content-type", rr.contentType);
        res.writeHeader("cache-control", "no-store");
        if (rr.filename) res.writeHeader("content-disposition", `attachment; filename="${rr.filename}"`);
        res.end(rr.body);
      });
      st.aborted = true;
      return;
    }
    const body = JSON.stringify(reply.json);
    res.cork(() => {
      res.writeStatus(status);
      res.writeHeader("content-type", "application/json; charset=utf-8");
      res.writeHeader("cache-control", "no-store");
      res.writeHeader("x-content-type-options", "nosniff");
      for (const [k, v] of Object.entries(reply.headers ?? {})) res.writeHeader(k, v);
      res.end(body);
    });
    st.aborted = true; // the response is finished
  }
}

/** Streams a file with backpressure (uWS tryEnd/onWritable pattern). */
export function streamFile(
  res: HttpResponse,
  st: { aborted: boolean },
  status: string,
  f: { path: string; size: number; contentType: string; headers?: Record<string, string> },
): void {
  res.cork(() => {
    res.writeStatus(status);
    res.writeHeader("content-type", f.contentType);
    for (const [k, v] of Object.entries(f.headers ?? {})) res.writeHeader(k, v);
  });
  if (f.size === 0) {
    res.cork(() => res.end());
    return;
  }
  const stream = createReadStream(f.path);
  const state = st;
  res.onAborted(() => {
    state.aborted = true;
    stream.destroy();
  });
  stream.on("error", () => {
    if (!state.aborted) res.close();
    state.aborted = true;
  });
  stream.on("data", (chunk) => {
    if (state.aborted) return;
    const buf = chunk as Buffer;
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    const lastOffset = res.getWriteOffset();
    let ok = false;
    let done = false;
    res.cork(() => {
      [ok, done] = res.tryEnd(ab, f.size);
    });
    if (done) {
      state.aborted = true;
      stream.destroy();
    } else if (!ok) {
      stream.pause();
      res.onWritable((offset) => {
        let ok2 = false;
        let done2 = false;
        res.cork(() => {
          [ok2, done2] = res.tryEnd(ab.slice(offset - lastOffset), f.size);
        });
        if (done2) {
          state.aborted = true;
          stream.destroy();
        } else if (ok2) stream.resume();
        return ok2;
      });
    }
  });
}
