// One customer: the record, click-to-dial on each number, interactions (calls with their disposition,
// notes, tickets), a note form and the customer's tickets.
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { type Customer, type Interaction, type Ticket, addCustomerNote, customerInteractions, getCustomer, listTickets } from "../api.ts";
import { dateTime, duration } from "../format.ts";
import { T, useLabel } from "../ui.tsx";
import { vipText } from "../workspace.ts";
import { DialButton } from "./DialButton.tsx";
import { TicketStatusBadge } from "./TicketForm.tsx";

export function CustomerDetail(props: { customerId: string; agentId: string | null; onDial: (ok: boolean, detail?: string) => void }) {
  const L = useLabel();
  const [c, setC] = useState<Customer | null>(null);
  const [hist, setHist] = useState<Interaction[]>([]);
  const [tickets, setTickets] = useState<Ticket[]>([]);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = props.customerId;

  const load = useCallback(() => {
    Promise.all([getCustomer(id), customerInteractions(id), listTickets({ customerId: id })])
      .then(([cu, h, t]) => {
        setC(cu);
        setHist(h);
        setTickets(t);
        setError(null);
      })
      .catch((e) => setError(String((e as Error).message ?? e)));
  }, [id]);
  useEffect(load, [load]);

  const addNote = async (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return;
    await addCustomerNote(id, note.trim()).catch(() => {});
    setNote("");
    load();
  };

  if (error) return <div className="error">{error}</div>;
  if (!c) return <div className="muted">{L("loading")}</div>;
  const vip = vipText(c.vipLevel);
  return (
    <div className="customer-detail" data-testid="customer-detail" data-customer-id={c.id}>
      <div className="cust-head">
        <b data-testid="cust-name">{c.name}</b>
        {vip ? <span className="vip">{vip}</span> : null}
        {c.company ? <span className="muted">{c.company}</span> : null}
      </div>
      <dl className="kv">
        <dt>
          <T k="phone" />
        </dt>
        <dd>
          {c.phones.map((p) => (
            <span key={p} className="phone">
              <span className="mono">{p}</span> <DialButton number={p} agentId={props.agentId} onResult={props.onDial} />
            </span>
          ))}
        </dd>
        {c.email ? (
          <>
            <dt>
              <T k="email" />
            </dt>
            <dd>{c.email}</dd>
          </>
        ) : null}
        {c.tags.length ? (
          <>
            <dt>
              <T k="tags" />
            </dt>
            <dd>
              {c.tags.map((t) => (
                <span key={t} className="tag">
                  {t}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {c.notes ? (
          <>
            <dt>
              <T k="notes" />
            </dt>
            <dd>{c.notes}</dd>
          </>
        ) : null}
      </dl>
      <div className="head">
        <T k="tickets" /> <span className="count">{tickets.length}</span>
      </div>
      <ul className="mini-list" data-testid="cust-tickets">
        {tickets.map((t) => (
          <li key={t.id} data-testid="cust-ticket" data-ticket-id={t.id}>
            <TicketStatusBadge status={t.status} /> {t.title} <span className="muted small">{dateTime(Date.parse(t.createdAt))}</span>
          </li>
        ))}
      </ul>
      <div className="head">
        <T k="interactions" />
      </div>
      <form className="row" onSubmit={(e) => void addNote(e)}>
        <input value={note} onChange={(e) => setNote(e.target.value)} placeholder={L("add_note")} data-testid="cust-note" />
        <button type="submit" disabled={!note.trim()}>
          <T k="add_note" />
        </button>
      </form>
      <ul className="mini-list" data-testid="cust-history">
        {hist.map((h) => (
          <li key={`${h.kind}-${h.callId ?? ""}-${h.at}-${h.title ?? h.body ?? ""}`}>
            <span className="mono muted small">{dateTime(Date.parse(h.at))}</span>{" "}
            {h.kind === "call" ? (
              <>
                <T k="call_kind" /> {h.answered ? duration((h.durationMs ?? 0) / 1000) : L("not_answered")}
                {h.disposition ? (
                  <span className="disp-tag" data-testid="hist-disposition">
                    {h.disposition.label}
                    {h.disposition.notes ? `: ${h.disposition.notes}` : ""}
                  </span>
                ) : null}
              </>
            ) : h.kind === "ticket" ? (
              <>
                <T k="ticket" /> {h.title} {h.status ? <TicketStatusBadge status={h.status} /> : null}
              </>
            ) : (
              <>
                <T k="note_kind" /> {h.body}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
