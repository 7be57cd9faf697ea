// 工单 from the call: a ticket for the caller's customer, linked to the call; lists the customer's open tickets.
import { type FormEvent, useEffect, useState } from "react";
import { ApiError, type Call, type Ticket, TICKET_PRIORITIES, createTicket, listTickets } from "../api.ts";
import type { Key } from "../i18n.ts";
import { ticketTitleFor } from "../workspace.ts";
import { T, useLabel } from "../ui.tsx";

export function TicketStatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge ts-${status}`}>
      <T k={`ts_${status}` as Key} />
    </span>
  );
}

export function TicketForm(props: { call: Call; customerId: string | null; onCreated?: (t: Ticket) => void }) {
  const L = useLabel();
  const [title, setTitle] = useState(() => ticketTitleFor(props.call));
  const [body, setBody] = useState("");
  const [priority, setPriority] = useState("normal");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Ticket[]>([]);
  const [created, setCreated] = useState<Ticket | null>(null);
  const { customerId } = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a created ticket reloads the list
  useEffect(() => {
    if (!customerId) {
      setOpen([]);
      return;
    }
    let live = true;
    listTickets({ customerId, limit: 20 })
      .then((ts) => live && setOpen(ts.filter((t) => t.status !== "closed" && t.status !== "resolved")))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [customerId, created]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const t = await createTicket({ title: title.trim(), body: body.trim(), customerId, callId: props.call.callId, priority });
      setCreated(t);
      setBody("");
      props.onCreated?.(t);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : L("err_network"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="ticket-form" onSubmit={(e) => void submit(e)} data-testid="ticket-form">
      <div className="head">
        <T k="new_ticket" />
      </div>
      <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} placeholder={L("ticket_title")} data-testid="ticket-title" />
      <textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} placeholder={L("ticket_body")} data-testid="ticket-body" />
      <div className="row">
        <select value={priority} onChange={(e) => setPriority(e.target.value)} aria-label={L("priority")} data-testid="ticket-priority">
          {TICKET_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {L(`pri_${p}` as Key)}
            </option>
          ))}
        </select>
        <button type="submit" className="primary" disabled={busy || !title.trim()} data-testid="ticket-create">
          <T k="new_ticket" />
        </button>
        {created ? (
          <span className="ok small" data-testid="ticket-created" data-ticket-id={created.id}>
            ✓ <T k="ticket_created" />
          </span>
        ) : null}
        {error ? (
          <span className="error small" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      {open.length ? (
        <ul className="mini-list" data-testid="customer-open-tickets">
          {open.slice(0, 4).map((t) => (
            <li key={t.id}>
              <TicketStatusBadge status={t.status} /> {t.title}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
