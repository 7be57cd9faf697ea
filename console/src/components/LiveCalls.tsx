import type { Agent, Call } from "../api.ts";
import { clock, duration, since } from "../format.ts";
import { PhaseBadge, QueueName, T } from "../ui.tsx";

export function agentName(agents: Readonly<Record<string, Agent>>, agentId: string | null): string {
  if (!agentId) return "";
  const a = agents[agentId];
  if (!a) return agentId;
  return a.displayName ? `${a.jobNumber} ${a.displayName}` : a.jobNumber || a.id;
}

export function LiveCalls(props: { calls: Call[]; agents: Readonly<Record<string, Agent>>; now: number; myAgentId: string | null }) {
  return (
    <div data-testid="live-calls" data-count={props.calls.length}>
      <table className="grid">
        <thead>
          <tr>
            <th>
              <T k="caller" />
            </th>
            <th>
              <T k="callee" />
            </th>
            <th>
              <T k="queue" />
            </th>
            <th>
              <T k="agent" />
            </th>
            <th>
              <T k="phase" />
            </th>
            <th>
              <T k="start_time" />
            </th>
            <th className="num">
              <T k="duration" />
            </th>
          </tr>
        </thead>
        <tbody>
          {props.calls.length === 0 ? (
            <tr className="empty">
              <td colSpan={7}>
                <T k="no_calls" />
              </td>
            </tr>
          ) : null}
          {props.calls.map((c) => (
            <tr
              key={c.callId}
              data-testid={`call-row-${c.callId}`}
              data-phase={c.phase}
              className={c.agentId && c.agentId === props.myAgentId ? "me" : undefined}
            >
              <td className="mono">{c.caller}</td>
              <td className="mono">{c.callee}</td>
              <td>
                <QueueName id={c.queueId} />
              </td>
              <td>{agentName(props.agents, c.agentId)}</td>
              <td>
                <PhaseBadge phase={c.phase} />
              </td>
              <td className="mono">{clock(c.startMs)}</td>
              <td className="num mono">{duration(since(props.now, c.startMs))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
