// Actions on a live call: the supervisor's (班长席) listen (监听),
// whisper/coach, barge (强插), stop - heard on a phone, the registered
// extension of `agentId`, by default the supervisor's own seat - and
// recording pause/resume for sensitive data (the agent on the call or a
// supervisor).
import { Type } from "@sinclair/typebox";
import type { AuthUser } from "../auth/sessions.ts";
import { CoreUnavailableError } from "../corelink/index.ts";
import { type ApiDeps, audit, SUPERVISORS, TENANT_ROLES, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import type { Router } from "./router.ts";

export const MonitorBody = Type.Object(
  {
    mode: Type.Union([Type.Literal("listen"), Type.Literal("whisper"), Type.Literal("barge"), Type.Literal("stop")], {
      description: "listen: silent; whisper: only the agent hears the supervisor; barge: three-way; stop: leave",
    }),
    agentId: Type.Optional(Type.String({ format: "uuid", description: "whose phone rings for the supervisor; default: the caller's own seat" })),
  },
  { additionalProperties: false },
);

export function registerMonitor(r: Router, deps: ApiDeps): void {
  r.add(
    "post",
    "/api/v1/calls/:callId/monitor",
    { auth: SUPERVISORS, body: MonitorBody, summary: "Supervisor: listen, whisper, barge into or leave a live call", tag: "live" },
    async (ctx) => {
      const tenantId = await tenantOf(deps.db, ctx);
      const u = ctx.user as AuthUser;
      const b = ctx.body as { mode: string; agentId?: string };
      const agentId = b.agentId ?? u.agentId ?? "";
      if (!agentId && b.mode !== "stop") throw new ApiError("bad_request", "agentId is required: this user has no seat (phone) of their own");
      const callId = ctx.params[0] ?? "";
      let res: Awaited<ReturnType<typeof deps.core.command>>;
      try {
        // Defence in depth (core scopes by tenant too): the seat and the call must be this tenant's.
        if (agentId) {
          const ok = /^[0-9a-f-]{36}$/i.test(agentId) && (await deps.db.tx({ tenantId }, async (c) => (await c.query("SELECT 1 FROM agents WHERE tenant_id = $1 AND id = $2", [tenantId, agentId])).rowCount));
          if (!ok) throw new ApiError("validation_failed", "agentId: unknown agent", { field: "agentId" });
        }
        const snap = await deps.core.command({ snapshot: { tenantId } });
        if (!(snap.snapshot?.calls ?? []).some((c) => c.callId === callId && c.tenantId === tenantId)) throw new ApiError("not_found", "no such live call");
        res = await deps.core.command({ monitor: { tenantId, callId: ctx.params[0] ?? "", agentId, mode: b.mode } });
      } catch (err) {
        if (err instanceof CoreUnavailableError) throw new ApiError("core_unavailable", err.message);
        throw err;
      }
      await audit(deps.db, tenantId, ctx, `monitor_${b.mode}`, "call", ctx.params[0] ?? "", { agentId, ok: res.ok, code: res.code });
      if (!res.ok) {
        if (res.code === "not_found") throw new ApiError("not_found", res.reason || "no such call");
        throw new ApiError("core_rejected", `core refused: ${res.code || "error"}${res.reason ? ` (${res.reason})` : ""}`);
      }
      return { json: { ok: true } };
    },
  );
}

export const RecordingBody = Type.Object(
  { pause: Type.Boolean({ description: "true: pause (silence is recorded, timing kept); false: resume" }) },
  { additionalProperties: false },
);

export function registerRecordingControl(r: Router, deps: ApiDeps): void {
  r.add(
    "post",
    "/api/v1/calls/:callId/recording",
    { auth: TENANT_ROLES, body: RecordingBody, summary: "Pause or resume a live call's recording (sensitive data)", tag: "live" },
    async (ctx) => {
      const tenantId = await tenantOf(deps.db, ctx);
      const u = ctx.user as AuthUser;
      const callId = ctx.params[0] ?? "";
      const command = async (cmd: Parameters<typeof deps.core.command>[0]) => {
        try {
          return await deps.core.command(cmd);
        } catch (err) {
          if (err instanceof CoreUnavailableError) throw new ApiError("core_unavailable", err.message);
          throw err;
        }
      };
      const snap = await command({ snapshot: { tenantId } });
      const call = (snap.snapshot?.calls ?? []).find((c) => c.callId === callId && c.tenantId === tenantId);
      if (!call) throw new ApiError("not_found", "no such call");
      if (!SUPERVISORS.includes(u.role) && (u.role !== "agent" || u.agentId !== call.agentId)) {
        throw new ApiError("forbidden", "only the agent on the call or a supervisor may pause its recording");
      }
      const pause = (ctx.body as { pause: boolean }).pause;
      const res = await command({ recording: { tenantId, callId, pause } });
      await audit(deps.db, tenantId, ctx, pause ? "recording_pause" : "recording_resume", "call", callId, { ok: res.ok, code: res.code });
      if (!res.ok) throw new ApiError(res.code === "not_found" ? "not_found" : "core_rejected", res.reason || "core refused");
      return { json: { ok: true } };
    },
  );
}
