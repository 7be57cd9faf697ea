// WS /api/v1/events?token=...[&format=pb]: the tenant's live events.
// JSON text messages by default ({type:"call"|"agent"|"queue"|"cdr", ...});
// with format=pb, binary protobuf Event frames. On open: a snapshot (JSON:
// one {type:"snapshot", agents, calls, queues} message; pb: one Event per
// agent, call and queue). Subscribers only ever join their tenant's topics.
import { pb, type switchboard } from "@switchboard/proto";
import type { Logger } from "pino";
import type { TemplatedApp, WebSocket } from "uWebSockets.js";
import type { Auth, AuthUser } from "../auth/sessions.ts";
import type { Db } from "../db/index.ts";
import { type ApiDeps, agentsWithState, tenantOf } from "./api.ts";
import { ApiError, STATUS_TEXT, isDbUnavailable } from "./errors.ts";
import { callJson, eventToJson, queueJson } from "./live.ts";
import { type Ctx, readToken, remoteIp } from "./router.ts";

interface WsData {
  user: AuthUser;
  tenantId: string;
  format: "json" | "pb";
  open: boolean;
  /** The credential it was opened with, re-checked periodically (logout, expiry, revocation). */
  token: string;
}

export const topic = (tenantId: string, format: "json" | "pb") => `t/${tenantId}/${format}`;

/**
 * Registers the event stream. Returns a function that re-checks every open
 * socket's credential and closes those whose session or key is gone (call it
 * periodically; it is cheap: one query per distinct token).
 */
export function registerEvents(app: TemplatedApp, deps: ApiDeps & { auth: Auth; db: Db; log: Logger }): () => Promise<number> {
  const sockets = new Set<WebSocket<WsData>>();
  const recheck = async (): Promise<number> => {
    const byToken = new Map<string, WebSocket<WsData>[]>();
    for (const ws of sockets) {
      const t = ws.getUserData().token;
      byToken.set(t, [...(byToken.get(t) ?? []), ws]);
    }
    let closed = 0;
    for (const [token, list] of byToken) {
      let ok = true;
      try {
        ok = (await deps.auth.authenticate(token)) !== null;
      } catch {
        continue; // database away: keep the sockets, check again later
      }
      if (ok) continue;
      for (const ws of list) {
        if (!ws.getUserData().open) continue;
        ws.end(4001, "session ended");
        closed++;
      }
    }
    return closed;
  };
  app.ws<WsData>("/api/v1/events", {
    maxPayloadLength: 16 * 1024,
    idleTimeout: 120,
    sendPingsAutomatically: true,
    maxBackpressure: 1024 * 1024,
    closeOnBackpressureLimit: 1,
    upgrade: (res, req, context) => {
      const st = { aborted: false };
      res.onAborted(() => {
        st.aborted = true;
      });
      const query = new URLSearchParams(req.getQuery() ?? "");
      const token = readToken(req.getHeader("authorization"), query);
      const key = req.getHeader("sec-websocket-key");
      const protocol = req.getHeader("sec-websocket-protocol");
      const extensions = req.getHeader("sec-websocket-extensions");
      const ip = remoteIp(res);
      const format = query.get("format") === "pb" ? "pb" : "json";
      void (async () => {
        let status = 500;
        let body = "";
        try {
          const user = token ? await deps.auth.authenticate(token) : null;
          if (!user) throw new ApiError("unauthorized", "missing or invalid token");
          const ctx: Ctx = { method: "GET", url: "/api/v1/events", params: [], query, ip, token, body: undefined, q: {}, user };
          const tenantId = await tenantOf(deps.db, ctx);
          if (st.aborted) return;
          res.cork(() => {
            res.upgrade<WsData>({ user, tenantId, format, open: false, token }, key, protocol, extensions, context);
          });
          return;
        } catch (err) {
          const api =
            err instanceof ApiError
              ? err
              : isDbUnavailable(err)
                ? new ApiError("db_unavailable", "the database is unavailable; retry shortly")
                : new ApiError("internal", "internal error");
          if (!(err instanceof ApiError) && !isDbUnavailable(err)) deps.log.error({ err }, "ws upgrade failed");
          status = api.status;
          body = JSON.stringify(api.toJSON());
        }
        if (st.aborted) return;
        res.cork(() => {
          res.writeStatus(STATUS_TEXT[status] ?? "500 Internal Server Error");
          res.writeHeader("content-type", "application/json");
          res.end(body);
        });
      })();
    },
    open: (ws: WebSocket<WsData>) => {
      const d = ws.getUserData();
      d.open = true;
      sockets.add(ws);
      ws.subscribe(topic(d.tenantId, d.format));
      // The user's own messages (internal messages), JSON only.
      if (d.format === "json") {
        ws.subscribe(`u/${d.user.id}`);
        // Screen pops carry customer data: agents get only those of calls offered to them.
        if (d.user.agentId) ws.subscribe(agentTopic(d.tenantId, d.user.agentId));
        if (d.user.role !== "agent") ws.subscribe(screenPopTopic(d.tenantId));
      }
      void sendSnapshot(ws, deps).catch((err) => deps.log.warn({ err }, "ws snapshot failed"));
    },
    close: (ws: WebSocket<WsData>) => {
      ws.getUserData().open = false;
      sockets.delete(ws);
    },
    // Browser -> control: WebRTC softphone signalling (docs/webrtc.md),
    // relayed to core; the answer or error goes back on the same socket.
    message: (ws: WebSocket<WsData>, message: ArrayBuffer, isBinary: boolean) => {
      const d = ws.getUserData();
      if (isBinary || d.format !== "json") return;
      let m: { type?: unknown; reqId?: unknown; sdp?: unknown; resume?: unknown; sessionId?: unknown };
      try {
        m = JSON.parse(Buffer.from(message).toString("utf8"));
      } catch {
        return;
      }
      void relaySignal(ws, d, m, deps).catch((err) => deps.log.warn({ err }, "webrtc relay failed"));
    },
  });
  return recheck;
}

async function relaySignal(
  ws: WebSocket<WsData>,
  d: WsData,
  m: { type?: unknown; reqId?: unknown; sdp?: unknown; resume?: unknown; sessionId?: unknown },
  deps: ApiDeps,
): Promise<void> {
  const reqId = typeof m.reqId === "string" ? m.reqId.slice(0, 64) : "";
  const reply = (msg: Record<string, unknown>) => {
    // The socket may have closed while core was answering.
    if (d.open) ws.send(JSON.stringify(msg), false);
  };
  if (m.type === "webrtc.offer") {
    if (!d.user.agentId) return reply({ type: "webrtc.error", reqId, code: "not_agent", message: "this login has no agent seat" });
    if (typeof m.sdp !== "string" || m.sdp.length === 0 || m.sdp.length > 8192) {
      return reply({ type: "webrtc.error", reqId, code: "bad_sdp", message: "sdp must be a string of at most 8 KB" });
    }
    try {
      const res = await deps.core.command({
        webrtcOffer: { tenantId: d.tenantId, agentId: d.user.agentId, sdp: m.sdp, resumeSessionId: typeof m.resume === "string" ? m.resume : "" },
      });
      if (res.ok) reply({ type: "webrtc.answer", reqId, sessionId: res.sessionId ?? "", sdp: res.sdp ?? "" });
      else reply({ type: "webrtc.error", reqId, code: res.code || "bad_sdp", message: res.reason ?? "" });
    } catch (err) {
      reply({ type: "webrtc.error", reqId, code: "core_unavailable", message: String((err as Error).message ?? err) });
    }
    return;
  }
  if (m.type === "webrtc.bye" && d.user.agentId && typeof m.sessionId === "string") {
    await deps.core.command({ webrtcBye: { tenantId: d.tenantId, agentId: d.user.agentId, sessionId: m.sessionId, reason: "bye" } }).catch(() => undefined);
  }
}

async function sendSnapshot(ws: WebSocket<WsData>, deps: ApiDeps): Promise<void> {
  const d = ws.getUserData();
  const { agents, snapshot } = await agentsWithState(deps, d.tenantId);
  if (!d.open) return;
  const calls = (snapshot?.calls ?? []).filter((c) => c.tenantId === d.tenantId);
  const queues = (snapshot?.queues ?? []).filter((q) => q.tenantId === d.tenantId);
  if (d.format === "json") {
    ws.send(
      JSON.stringify({
        type: "snapshot",
        live: snapshot !== null,
        agents,
        calls: calls.map(callJson),
        queues: queues.map(queueJson),
      }),
      false,
    );
    return;
  }
  ws.cork(() => {
    for (const a of snapshot?.agents ?? []) {
      if (a.tenantId === d.tenantId) ws.send(pb.Event.encode({ agent: a }).finish(), true);
    }
    for (const c of calls) ws.send(pb.Event.encode({ call: c }).finish(), true);
    for (const q of queues) ws.send(pb.Event.encode({ queue: q }).finish(), true);
  });
}

/** Fans a live event out to the subscribers of its tenant (both formats). */
export function publishEvent(app: TemplatedApp, ev: switchboard.v1.IEvent): void {
  if (ev.webrtc) {
    // Session state goes to that agent's own sockets only.
    const w = ev.webrtc;
    if (w.tenantId && w.agentId) {
      app.publish(
        agentTopic(w.tenantId, w.agentId),
        JSON.stringify({ type: "webrtc.state", sessionId: w.sessionId ?? "", state: w.state ?? "", reason: w.reason ?? "" }),
        false,
      );
    }
    return;
  }
  const j = eventToJson(ev);
  if (!j?.tenantId) return;
  const { outboxId: _drop, ...rest } = ev;
  app.publish(topic(j.tenantId, "json"), JSON.stringify(j.msg), false);
  app.publish(topic(j.tenantId, "pb"), pb.Event.encode({ ...rest, outboxId: 0 }).finish(), true);
}

export const screenPopTopic = (tenantId: string) => `t/${tenantId}/pop`;
export const agentTopic = (tenantId: string, agentId: string) => `t/${tenantId}/a/${agentId}`;

/** A screen pop goes to the tenant's non-agent users and to the agent the call is offered to. */
export function publishScreenPop(app: TemplatedApp, tenantId: string, agentId: string, msg: Record<string, unknown>): void {
  const text = JSON.stringify(msg);
  app.publish(screenPopTopic(tenantId), text, false);
  if (agentId) app.publish(agentTopic(tenantId, agentId), text, false);
}
