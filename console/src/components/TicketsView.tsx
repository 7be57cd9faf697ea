// 工单 list: mine or all, with status changes along the workflow control allows.
import { useCallback, useEffect, useState } from "react";
import { ApiError, type Ticket, type TicketStatus, TICKET_STATUSES, listTickets, updateTicket } from "../api.ts";
import type { Key } from "../i18n.ts";
import { dateTime, shortDateTime } from "../format.ts";
import { T, useLabel } from "../ui.tsx";
import { DialButton } from "./DialButton.tsx";
import { TicketStatusBadge } from "./TicketForm.tsx";

export function TicketsView(props: {
  onOpenCustomer: (id: string) => void;
  refreshKey: unknown;
  agentId: string | null;
  onDial: (ok: boolean, detail?: string) => void;
}) {
  const L = useLabel();
  const [mine, setMine] = useState(false);
  const [rows, setRows] = useState<Ticket[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    listTickets(mine ? { assignee: "me" } : {})
      .then((r) => {
        setRows(r);
        setError(null);
      })
      .catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [mine]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the trigger
  useEffect(load, [load, props.refreshKey]);

  const setStatus = async (t: Ticket, status: TicketStatus) => {
    try {
      await updateTicket(t.id, { status });
      load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <div className="tickets" data-testid="tickets-view">
      <div className="row">
        <label className="sp-choice">
          <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> <T k="my_tickets" />
        </label>
        <button type="button" className="link" onClick={load}>
          <T k="refresh" />
        </button>
        {error ? <span className="error small">{error}</span> : null}
      </div>
      <table className="grid">
        <thead>
          <tr>
            <th>
              <T k="ticket_title" />
            </th>
            <th>
              <T k="status" />
            </th>
            <th>
              <T k="priority" />
            </th>
            <th>
              <T k="start_time" />
            </th>
            <th>
              <T k="set_status" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr className="empty">
              <td colSpan={5}>
                <T k="no_tickets" />
              </td>
            </tr>
          ) : null}
          {rows.map((t) => (
            <tr key={t.id} data-testid="ticket-row" data-ticket-id={t.id} data-customer-id={t.customerId ?? ""}>
              <td className="ellipsis" title={t.body}>
                {t.customerId ? (
                  <button type="button" className="link" onClick={() => props.onOpenCustomer(t.customerId as string)}>
                    {t.title}
                  </button>
                ) : (
                  t.title
                )}
              </td>
              <td>
                <TicketStatusBadge status={t.status} />
              </td>
              <td>{L(`pri_${t.priority}` as Key)}</td>
              <td className="mono small" title={dateTime(Date.parse(t.createdAt))}>
                {shortDateTime(Date.parse(t.createdAt), Date.now())}
              </td>
              <td className="nowrap">
                {t.customerId ? <DialButton customerId={t.customerId} agentId={props.agentId} onResult={props.onDial} /> : null}{" "}
                <select
                  value=""
                  aria-label={L("set_status")}
                  onChange={(e) => e.target.value && void setStatus(t, e.target.value as TicketStatus)}
                >
                  <option value="">…</option>
                  {TICKET_STATUSES.filter((s) => s !== t.status).map((s) => (
                    <option key={s} value={s}>
                      {L(`ts_${s}` as Key)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
