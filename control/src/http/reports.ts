// Key call-center metrics from the CDRs (统计分析), as the operations manuals
// define them:
//   接通率 answer rate = (IVR-completed + agent-answered) / offered inbound
//   15 秒接通率 service level = answered within the target / offered to a queue
//   放弃率 abandon rate, ASA (average speed of answer), AHT (average handle time)
//   外呼接通率 outbound connect rate = connected / attempts
// plus the inbound load per hour of day. Tenant-scoped like every query.
import { Type } from "@sinclair/typebox";
import { type ApiDeps, SUPERVISORS, tenantOf } from "./api.ts";
import type { Router } from "./router.ts";

export const ReportQuery = Type.Object({
  from: Type.Optional(Type.Integer({ minimum: 0, description: "call start, epoch ms (default: 24 h ago)" })),
  to: Type.Optional(Type.Integer({ minimum: 0, description: "call start, epoch ms, exclusive (default: now)" })),
  targetS: Type.Optional(Type.Integer({ minimum: 1, maximum: 3600, description: "service-level threshold in s (default 15)" })),
  tz: Type.Optional(Type.String({ maxLength: 64, description: "time zone for the hourly load (default Asia/Shanghai)" })),
});

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10000) / 10000 : null);

export function registerReports(r: Router, deps: ApiDeps): void {
  r.add("get", "/api/v1/reports/summary", { auth: [...SUPERVISORS, "qa"], query: ReportQuery, summary: "Answer rate, service level, abandon rate, ASA, AHT, outbound connect rate, load per hour", tag: "reports" }, async (ctx) => {
    const tenantId = await tenantOf(deps.db, ctx);
    const q = ctx.q as { from?: number; to?: number; targetS?: number; tz?: string };
    const to = q.to ?? Date.now();
    const from = q.from ?? to - 86_400_000;
    const target = (q.targetS ?? 15) * 1000;
    const tz = q.tz ?? "Asia/Shanghai";
    const { totals, hours } = await deps.db.tx({ tenantId }, async (c) => {
      const t = (
        await c.query(
          `SELECT
             count(*) FILTER (WHERE direction = 'inbound') AS offered,
             count(*) FILTER (WHERE direction = 'inbound' AND answer_ms > 0 AND agent_id <> '') AS answered,
             count(*) FILTER (WHERE direction = 'inbound' AND ivr_served AND NOT (answer_ms > 0 AND agent_id <> '')) AS ivr_served,
             count(*) FILTER (WHERE direction = 'inbound' AND queue_id <> '') AS queued,
             count(*) FILTER (WHERE direction = 'inbound' AND answer_ms > 0 AND agent_id <> '' AND queue_wait_ms <= $4) AS answered_in_target,
             count(*) FILTER (WHERE direction = 'inbound' AND hangup_cause = 'abandoned') AS abandoned,
             coalesce(avg(queue_wait_ms) FILTER (WHERE direction = 'inbound' AND answer_ms > 0 AND agent_id <> ''), 0) AS asa_ms,
             coalesce(avg(end_ms - answer_ms) FILTER (WHERE direction = 'inbound' AND answer_ms > 0 AND agent_id <> ''), 0) AS aht_ms,
             count(*) FILTER (WHERE direction = 'outbound') AS out_attempts,
             count(*) FILTER (WHERE direction = 'outbound' AND answer_ms > 0) AS out_connected
           FROM cdrs WHERE tenant_id = $1 AND start_ms >= $2 AND start_ms < $3`,
          [tenantId, from, to, target],
        )
      ).rows[0];
      const h = (
        await c.query(
          `SELECT extract(hour FROM to_timestamp(start_ms / 1000.0) AT TIME ZONE $4)::int AS hour,
                  count(*) AS offered,
                  count(*) FILTER (WHERE answer_ms > 0 AND agent_id <> '') AS answered
           FROM cdrs WHERE tenant_id = $1 AND direction = 'inbound' AND start_ms >= $2 AND start_ms < $3
           GROUP BY 1 ORDER BY 1`,
          [tenantId, from, to, tz],
        )
      ).rows;
      return { totals: t, hours: h };
    });
    const n = (v: unknown) => Number(v ?? 0);
    const offered = n(totals.offered);
    const answered = n(totals.answered);
    const ivrServed = n(totals.ivr_served);
    const queued = n(totals.queued);
    return {
      json: {
        from,
        to,
        targetS: target / 1000,
        inbound: {
          offered,
          answered,
          ivrServed,
          abandoned: n(totals.abandoned),
          answerRate: ratio(answered + ivrServed, offered),
          serviceLevel: ratio(n(totals.answered_in_target), queued),
          abandonRate: ratio(n(totals.abandoned), queued),
          asaS: Math.round(n(totals.asa_ms) / 100) / 10,
          ahtS: Math.round(n(totals.aht_ms) / 100) / 10,
        },
        outbound: { attempts: n(totals.out_attempts), connected: n(totals.out_connected), connectRate: ratio(n(totals.out_connected), n(totals.out_attempts)) },
        byHour: hours.map((r: { hour: number; offered: unknown; answered: unknown }) => ({ hour: r.hour, offered: n(r.offered), answered: n(r.answered) })),
      },
    };
  });
}
