import type { Agent } from "../api.ts";
import { duration, since } from "../format.ts";
import { ReasonText, StatusBadge, T, useLabel } from "../ui.tsx";

/** Over this many seconds in not_ready / wrap_up, the time cell turns amber (a supervisor cue). */
export const LONG_STATE_S = 600;

export function agentKey(a: Agent): string {
  return a.jobNumber || a.id;
}

export function AgentsTable(props: { agents: Agent[]; now: number; myAgentId: string | null }) {
  const L = useLabel();
  return (
    <table className="grid" data-testid="agents-table">
      <thead>
        <tr>
          <th>
            <T k="job_number" />
          </th>
          <th>
            <T k="name" />
          </th>
          <th>
            <T k="extension" />
          </th>
          <th>
            <T k="status" />
          </th>
          <th className="num">
            <T k="time_in_state" />
          </th>
        </tr>
      </thead>
      <tbody>
        {props.agents.length === 0 ? (
          <tr className="empty">
            <td colSpan={5}>
              <T k="no_agents" />
            </td>
          </tr>
        ) : null}
        {props.agents.map((a) => {
          const t = since(props.now, a.sinceMs);
          const long = (a.status === "not_ready" || a.status === "wrap_up") && t >= LONG_STATE_S;
          return (
            <tr
              key={a.id}
              data-testid={`agent-row-${agentKey(a)}`}
              data-agent-id={a.id}
              data-status={a.status}
              data-registered={a.registered}
              className={a.id === props.myAgentId ? "me" : undefined}
            >
              <td className="mono">
                <span className={a.registered ? "dot on" : "dot off"} title={L(a.registered ? "registered" : "unregistered")} />
                {a.jobNumber || a.id}
              </td>
              <td className="ellipsis">{a.displayName}</td>
              <td className="mono">{a.extension}</td>
              <td>
                <StatusBadge status={a.status} />
                {a.status === "not_ready" && a.reason ? (
                  <span className="reason">
                    {" "}
                    <ReasonText reason={a.reason} />
                  </span>
                ) : null}
              </td>
              <td className={long ? "num mono long" : "num mono"}>{a.status === "logged_out" ? "" : duration(t)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
