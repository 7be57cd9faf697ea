// 班长席: queue stats, counts per state and every agent as a tile with its time in state.
import type { Agent, AgentStatus, QueueStats } from "../api.ts";
import { duration, since } from "../format.ts";
import type { StatusCounts } from "../live.ts";
import { QueueName, ReasonText, StatusBadge, T, useLabel, useQueues, useShort } from "../ui.tsx";
import { LONG_STATE_S, agentKey } from "./AgentsTable.tsx";

/** Longest wait above this many seconds is shown in red (the common 15-second service-level target x2). */
export const WAIT_ALARM_S = 30;

/** Reason code sent when a supervisor forces an agent to not ready (强制示忙). */
export const SUPERVISOR_REASON = "supervisor";

const BUSY: ReadonlySet<AgentStatus> = new Set(["reserved", "ringing", "on_call"]);

export function SupervisorWall(props: {
  agents: Agent[];
  queues: QueueStats[];
  counts: StatusCounts;
  now: number;
  /** null when the user may not change others' states; otherwise force ready/not ready/log out. */
  onForce: ((agentId: string, status: "ready" | "not_ready" | "logged_out", reason?: string) => void) | null;
}) {
  const L = useLabel();
  const S = useShort();
  const c = props.counts;
  const tiles: { k: Parameters<typeof T>[0]["k"]; v: number; cls: string; id: string }[] = [
    { k: "signed_in", v: c.signedIn, cls: "", id: "signed-in" },
    { k: "ready", v: c.ready, cls: "st-ready", id: "ready" },
    { k: "talking", v: c.on_call + c.ringing + c.reserved, cls: "st-on_call", id: "on-call" },
    { k: "wrap_up", v: c.wrap_up, cls: "st-wrap_up", id: "wrap-up" },
    { k: "not_ready", v: c.not_ready, cls: "st-not_ready", id: "not-ready" },
    { k: "waiting", v: props.queues.reduce((n, q) => n + q.waiting, 0), cls: "st-waiting", id: "waiting" },
  ];
  return (
    <div className="wall" data-testid="supervisor-wall">
      <div className="kpis">
        {tiles.map((t) => (
          <div key={t.id} className={`kpi ${t.cls}`} data-testid={`kpi-${t.id}`}>
            <div className="v">{t.v}</div>
            <div className="k">
              <T k={t.k} />
            </div>
          </div>
        ))}
      </div>
      <section className="panel">
        <h2>
          <T k="queues" />
        </h2>
        <QueueTable queues={props.queues} />
      </section>
      <section className="panel">
        <h2>
          <T k="agents" />
        </h2>
        <div className="tiles">
          {props.agents.map((a) => {
            const t = since(props.now, a.sinceMs);
            const long = (a.status === "not_ready" || a.status === "wrap_up") && t >= LONG_STATE_S;
            return (
              <div key={a.id} className={`tile st-${a.status}${long ? " long" : ""}`} data-testid={`wall-agent-${agentKey(a)}`} data-status={a.status}>
                <div className="row1">
                  <span className="mono job">{a.jobNumber || a.id}</span>
                  <span className="name">{a.displayName}</span>
                  <span className={a.registered ? "dot on" : "dot off"} />
                </div>
                <div className="row2">
                  <StatusBadge status={a.status} />
                  {a.status === "not_ready" ? (
                    <span className="reason">
                      <ReasonText reason={a.reason} />
                    </span>
                  ) : null}
                  <span className="mono t">{a.status === "logged_out" ? "" : duration(t)}</span>
                </div>
                {props.onForce ? (
                  <div className="row3">
                    <button
                      type="button"
                      className="mini"
                      disabled={a.status === "ready" || a.status === "logged_out" || BUSY.has(a.status)}
                      onClick={() => props.onForce?.(a.id, "ready")}
                      title={L("force_ready")}
                      data-testid={`force-ready-${agentKey(a)}`}
                    >
                      {S("ready")}
                    </button>
                    <button
                      type="button"
                      className="mini"
                      disabled={a.status === "not_ready" || a.status === "logged_out"}
                      onClick={() => props.onForce?.(a.id, "not_ready", SUPERVISOR_REASON)}
                      title={L("force_not_ready")}
                      data-testid={`force-not-ready-${agentKey(a)}`}
                    >
                      {S("not_ready")}
                    </button>
                    <button
                      type="button"
                      className="mini"
                      disabled={a.status === "logged_out"}
                      onClick={() => props.onForce?.(a.id, "logged_out")}
                      title={L("force_logout")}
                      data-testid={`force-logout-${agentKey(a)}`}
                    >
                      {S("log_out")}
                    </button>
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </section>
    </div>
  );
}

/** Queue stats: waiting, longest wait (red from WAIT_ALARM_S), ready/busy agents, SL target. */
export function QueueTable(props: { queues: QueueStats[]; testId?: string; compact?: boolean }) {
  const queueInfo = useQueues();
  return (
    <table className="grid" data-testid={props.testId ?? "queue-table"}>
      <thead>
        <tr>
          <th>
            <T k="queue" />
          </th>
          <th className="num">
            <T k="waiting" />
          </th>
          <th className="num">
            <T k="longest_wait" />
          </th>
          <th className="num">
            <T k="agents_ready" />
          </th>
          <th className="num">
            <T k="agents_busy" />
          </th>
          {props.compact ? null : (
            <th className="num">
              <T k="sl_target" />
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {props.queues.length === 0 ? (
          <tr className="empty">
            <td colSpan={props.compact ? 5 : 6}>
              <T k="no_queues" />
            </td>
          </tr>
        ) : null}
        {props.queues.map((q) => (
          <tr key={q.queueId} data-testid={`queue-row-${q.queueId}`}>
            <td>
              <QueueName id={q.queueId} />
            </td>
            <td className="num mono">{q.waiting}</td>
            <td className={q.longestWaitS >= WAIT_ALARM_S ? "num mono alarm" : "num mono"}>{duration(q.longestWaitS)}</td>
            <td className="num mono">{q.agentsReady}</td>
            <td className="num mono">{q.agentsBusy}</td>
            {props.compact ? null : <td className="num mono">{queueInfo[q.queueId]?.slTargetS ?? ""}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
