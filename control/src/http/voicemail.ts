// Voicemail inbox (语音信箱): messages the IVR's voicemail step recorded
// (core puts the file's path and the box - a queue or agent id - in the
// CDR's variables). Listing and playback are tenant-scoped; agents see the
// messages of their own box and of their queues; every playback is audited.
import { stat } from "node:fs/promises";
import { Type } from "@sinclair/typebox";
import type { AuthUser } from "../auth/sessions.ts";
import { resolveInDataDir } from "../corelink/cdr.ts";
import { type ApiDeps, audit, TENANT_ROLES, tenantOf } from "./api.ts";
import { ApiError } from "./errors.ts";
import type { Router } from "./router.ts";

export const VoicemailQuery = Type.Object({
  box: Type.Optional(Type.String({ maxLength: 64, description: "queue or agent id" })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});

export function registerVoicemail(r: Router, deps: ApiDeps): void {
  const { db } = deps;
  /** Boxes an agent may read: their own agent id and their queues. */
  const boxesOf = async (tenantId: string, u: AuthUser): Promise<string[] | null> => {
    if (u.role !== "agent") return null; // supervisors and admins: every box
    if (!u.agentId) return [];
    const q = await db.tx({ tenantId }, async (c) =>
      (await c.query("SELECT queue_id::text AS id FROM queue_members WHERE agent_id = $1", [u.agentId])).rows as Array<{ id: string }>,
    );
    return [u.agentId, ...q.map((x) => x.id)];
  };

  r.add("get", "/api/v1/voicemail", { auth: TENANT_ROLES, query: VoicemailQuery, summary: "Voicemail messages, newest first", tag: "voicemail" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const q = ctx.q as { box?: string; limit?: number };
    const boxes = await boxesOf(tenantId, ctx.user as AuthUser);
    const rows = await db.tx({ tenantId }, async (c) =>
      (
        await c.query(
          `SELECT call_id, caller, callee, start_ms, end_ms, vars->>'voicemail_box' AS box FROM cdrs
           WHERE tenant_id = $1 AND vars ? 'voicemail_path'
             AND ($2::text IS NULL OR vars->>'voicemail_box' = $2)
             AND ($3::text[] IS NULL OR vars->>'voicemail_box' = ANY($3))
           ORDER BY start_ms DESC LIMIT $4`,
          [tenantId, q.box ?? null, boxes, q.limit ?? 100],
        )
      ).rows as Array<{ call_id: string; caller: string; callee: string; start_ms: string; end_ms: string; box: string }>,
    );
    return {
      json: {
        items: rows.map((m) => ({
          callId: m.call_id,
          box: m.box,
          caller: m.caller,
          callee: m.callee,
          startMs: Number(m.start_ms),
          endMs: Number(m.end_ms),
          url: `/api/v1/voicemail/${encodeURIComponent(m.call_id)}`,
        })),
      },
    };
  });

  r.add("get", "/api/v1/voicemail/:callId", { auth: TENANT_ROLES, summary: "Play a voicemail message (audio/wav; audited)", tag: "voicemail" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const callId = ctx.params[0] as string;
    const row = (
      await db.tx({ tenantId }, async (c) =>
        (await c.query("SELECT vars->>'voicemail_path' AS path, vars->>'voicemail_box' AS box FROM cdrs WHERE tenant_id = $1 AND call_id = $2", [tenantId, callId]))
          .rows as Array<{ path: string | null; box: string | null }>,
      )
    )[0];
    if (!row?.path) throw new ApiError("not_found", "no voicemail for this call");
    const boxes = await boxesOf(tenantId, ctx.user as AuthUser);
    if (boxes && !boxes.includes(row.box ?? "")) throw new ApiError("forbidden", "not a box of yours");
    const full = resolveInDataDir(deps.dataDir, row.path);
    if (!full) throw new ApiError("not_found", "voicemail path is invalid");
    let size: number;
    try {
      size = (await stat(full)).size;
    } catch {
      throw new ApiError("not_found", "voicemail file is missing");
    }
    await audit(db, tenantId, ctx, "voicemail_play", "voicemail", callId, { bytes: size });
    return { file: { path: full, size, contentType: "audio/wav", headers: { "content-disposition": `attachment; filename="voicemail-${callId.replace(/[^\w.-]/g, "_")}.wav"` } } };
  });
}
