// 班长席: queue stats, counts per state and every agent as a tile with its time in state.
import type { Agent, QueueStats } from "../api.ts";
import { duration, since } from "../format.ts";
import type { StatusCounts } from "../live.ts";
import { ReasonText, StatusBadge, T } from "../ui.tsx";
import { LONG_STATE_S, agentKey } from "./AgentsTable.tsx";

/** Longest wait above this many seconds is shown in red (the common 15-second service-level target x2). */
export const WAIT_ALARM_S = 30;

export function SupervisorWall(props: { agents: Agent[]; queues: QueueStats[]; counts: StatusCounts; now: number }) {
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
        <table className="grid" data-testid="queue-table">
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
            </tr>
          </thead>
          <tbody>
            {props.queues.length === 0 ? (
              <tr className="empty">
                <td colSpan={5}>
                  <T k="no_queues" />
                </td>
              </tr>
            ) : null}
            {props.queues.map((q) => (
              <tr key={q.queueId} data-testid={`queue-row-${q.queueId}`}>
                <td>{q.queueId}</td>
                <td className="num mono">{q.waiting}</td>
                <td className={q.longestWaitS >= WAIT_ALARM_S ? "num mono alarm" : "num mono"}>{duration(q.longestWaitS)}</td>
                <td className="num mono">{q.agentsReady}</td>
                <td className="num mono">{q.agentsBusy}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
              </div>
            );
          })}
        </div>
      </section>
    </div>
  );
}
