// Transfers from the console (docs/architecture.md "Transfers"): blind
// transfer (盲转), consultation (咨询转接) and its completion, cancellation
// or three-way call (三方通话). Agents act on their own call only;
// supervisors and admins on any call of their tenant; a call of another
// tenant is not found. Core resolves the target within the call's tenant
// and says why it refuses one; those refusals are 4xx here.
import { Type } from "@sinclair/typebox";
import type { switchboard } from "@switchboard/proto";
import type { AuthUser } from "../auth/sessions.ts";
import { CoreUnavailableError } from "../corelink/index.ts";
import { type ApiDeps, audit, SUPERVISORS, TENANT_ROLES, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import type { Ctx, Router } from "./router.ts";

const strict = { additionalProperties: false } as const;

export const TransferTarget = Type.Object(
  {
    kind: Type.Union([Type.Literal("agent"), Type.Literal("queue"), Type.Literal("number")], {
      description: "agent: id, extension or job number of your tenant; queue: queue id; number: an extension, else dialled through the tenant's trunk",
    }),
    value: Type.String({ minLength: 1, maxLength: 64 }),
  },
  strict,
);
export const TransferBody = Type.Object({ target: TransferTarget }, strict);
export const ConsultActionBody = Type.Object({}, strict);
const TransferReply = Type.Object({ ok: Type.Boolean(), callId: Type.String({ description: "transfer: the call's new segment id; consult: the consultation's own id" }) });

/** Core's refusal codes (core/src/call/transfer.ts) as API errors. */
function coreRefusal(res: switchboard.v1.ICommandResult): ApiError {
  const reason = res.reason || res.code || "refused";
  switch (res.code) {
    case "not_found":
      return new ApiError("not_found", reason);
    case "invalid":
    case "unknown_target":
      return new ApiError("validation_failed", reason, { field: "target" });
    case "unavailable":
    case "busy":
    case "no_route":
    case "conflict":
      return new ApiError("conflict", reason);
    default:
      return new ApiError("core_rejected", `core refused: ${res.code || "error"}${res.reason ? ` (${res.reason})` : ""}`);
  }
}

export function registerTransfer(r: Router, deps: ApiDeps): void {
  const command = async (cmd: switchboard.v1.ICommand) => {
    try {
      return await deps.core.command(cmd);
    } catch (err) {
      if (err instanceof CoreUnavailableError) throw new ApiError("core_unavailable", err.message);
      throw err;
    }
  };
  /** The live call of the caller's tenant that this user may transfer. */
  const callFor = async (ctx: Ctx) => {
    const tenantId = await tenantOf(deps.db, ctx);
    const u = ctx.user as AuthUser;
    const callId = ctx.params[0] ?? "";
    const snap = await command({ snapshot: { tenantId } });
    const call = (snap.snapshot?.calls ?? []).find((c) => c.callId === callId && c.tenantId === tenantId);
    if (!call) throw new ApiError("not_found", "no such live call");
    if (!SUPERVISORS.includes(u.role) && (u.role !== "agent" || !u.agentId || call.agentId !== u.agentId)) {
      throw new ApiError("forbidden", "agents may transfer only their own call");
    }
    return { tenantId, callId };
  };

  r.add(
    "post",
    "/api/v1/calls/:callId/transfer",
    { auth: TENANT_ROLES, body: TransferBody, response: TransferReply, summary: "Blind transfer (转接) to an agent, a queue or a number; the agent is released", tag: "live" },
    async (ctx) => {
      const { tenantId, callId } = await callFor(ctx);
      const target = (ctx.body as { target: { kind: string; value: string } }).target;
      const res = await command({ transferCall: { tenantId, callId, target } });
      await audit(deps.db, tenantId, ctx, "transfer", "call", callId, { target, ok: res.ok, code: res.code, newCallId: res.callId });
      if (!res.ok) throw coreRefusal(res);
      return { json: { ok: true, callId: res.callId ?? "" } };
    },
  );

  r.add(
    "post",
    "/api/v1/calls/:callId/consult",
    { auth: TENANT_ROLES, body: TransferBody, response: TransferReply, summary: "Consult (咨询): hold the customer with music and ring an agent or a number for the agent", tag: "live" },
    async (ctx) => {
      const { tenantId, callId } = await callFor(ctx);
      const target = (ctx.body as { target: { kind: string; value: string } }).target;
      const res = await command({ consultCall: { tenantId, callId, action: "start", target } });
      await audit(deps.db, tenantId, ctx, "consult", "call", callId, { target, ok: res.ok, code: res.code, consultId: res.callId });
      if (!res.ok) throw coreRefusal(res);
      return { json: { ok: true, callId: res.callId ?? "" } };
    },
  );

  const actions: Array<[string, string]> = [
    ["complete", "Complete the consultation (完成转接): customer and target bridged, the agent released"],
    ["cancel", "Cancel the consultation (取消咨询): the target's leg ends, the agent is back with the customer"],
    ["conference", "Three-way call (三方通话): customer, agent and target hear each other"],
  ];
  for (const [action, summary] of actions) {
    r.add(
      "post",
      `/api/v1/calls/:callId/consult/${action}`,
      { auth: TENANT_ROLES, body: ConsultActionBody, response: TransferReply, summary, tag: "live" },
      async (ctx) => {
        const { tenantId, callId } = await callFor(ctx);
        const res = await command({ consultCall: { tenantId, callId, action } });
        await audit(deps.db, tenantId, ctx, `consult_${action}`, "call", callId, { ok: res.ok, code: res.code, callId: res.callId });
        if (!res.ok) throw coreRefusal(res);
        return { json: { ok: true, callId: res.callId ?? "" } };
      },
    );
  }
}
