// 客户/工单: customer search with the selected customer's record, and the ticket list.
import { type FormEvent, useEffect, useState } from "react";
import { type Customer, searchCustomers } from "../api.ts";
import { T, useLabel } from "../ui.tsx";
import { vipText } from "../workspace.ts";
import { CustomerDetail } from "./CustomerDetail.tsx";
import { TicketsView } from "./TicketsView.tsx";

export function CrmView(props: { agentId: string | null; openCustomerId: string | null; onDial: (ok: boolean, detail?: string) => void; refreshKey: unknown }) {
  const L = useLabel();
  const [q, setQ] = useState("");
  const [rows, setRows] = useState<Customer[]>([]);
  const [sel, setSel] = useState<string | null>(props.openCustomerId);
  useEffect(() => {
    if (props.openCustomerId) setSel(props.openCustomerId);
  }, [props.openCustomerId]);

  const search = (query: string) => {
    searchCustomers(query)
      .then(setRows)
      .catch(() => setRows([]));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once, then on submit
  useEffect(() => search(""), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    search(q);
  };

  return (
    <div className="crm" data-testid="crm-view">
      <section className="panel">
        <h2>
          <T k="customers" />
        </h2>
        <form className="row pad" onSubmit={submit}>
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={L("customer_search")} data-testid="cust-search" />
          <button type="submit">
            <T k="search" />
          </button>
        </form>
        <ul className="cust-list" data-testid="cust-list">
          {rows.length === 0 ? (
            <li className="muted">
              <T k="no_customers" />
            </li>
          ) : null}
          {rows.map((c) => (
            <li key={c.id}>
              <button type="button" className={sel === c.id ? "cust on" : "cust"} onClick={() => setSel(c.id)} data-testid="cust-item">
                <b>{c.name}</b> <span className="mono muted small">{c.phones[0] ?? ""}</span>
                {vipText(c.vipLevel) ? <span className="vip small-vip">{vipText(c.vipLevel)}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel">
        <h2>
          <T k="customer" />
        </h2>
        <div className="pad">
          {sel ? (
            <CustomerDetail key={sel} customerId={sel} agentId={props.agentId} onDial={props.onDial} />
          ) : (
            <span className="muted">
              <T k="select_customer" />
            </span>
          )}
        </div>
      </section>
      <section className="panel">
        <h2>
          <T k="tickets" />
        </h2>
        <div className="pad">
          <TicketsView onOpenCustomer={setSel} refreshKey={props.refreshKey} agentId={props.agentId} onDial={props.onDial} />
        </div>
      </section>
    </div>
  );
}
