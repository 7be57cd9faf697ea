// 来电弹屏: the customer record, region, VIP level and IVR data that travel with an offered call.
// Every field is optional; an unknown number gets a prefilled new-customer form.
import { useEffect, useState } from "react";
import type { Call } from "../api.ts";
import { dateTime, duration, since } from "../format.ts";
import { PhaseBadge, QueueName, T, useLabel } from "../ui.tsx";

function vipText(v: number | string | null | undefined): string | null {
  if (v === null || v === undefined || v === "" || v === 0 || v === "0") return null;
  return typeof v === "number" ? `VIP ${v}` : v;
}

export function ScreenPop(props: { call: Call; now: number }) {
  const L = useLabel();
  const c = props.call;
  const cust = c.customer ?? null;
  const region = cust?.region ?? c.region ?? null;
  const vip = vipText(cust?.vipLevel);
  const ivr = c.ivr ? Object.entries(c.ivr) : [];
  const [draft, setDraft] = useState({ name: "", phone: c.caller, notes: "" });
  // A new call resets the draft to its number.
  useEffect(() => setDraft({ name: "", phone: c.caller, notes: "" }), [c.caller]);

  return (
    <section className={`panel pop${c.phase === "offered" ? " ringing" : ""}`} data-testid="screen-pop" data-call-id={c.callId}>
      <h2>
        <T k={c.phase === "offered" ? "incoming" : "in_call"} /> <span className="mono big-num">{c.caller}</span>
        <PhaseBadge phase={c.phase} />
        <span className="mono muted">{duration(since(props.now, c.phase === "answered" ? (c.answerMs ?? c.startMs) : c.startMs))}</span>
        {vip ? (
          <span className="vip" data-testid="pop-vip">
            {vip}
          </span>
        ) : null}
      </h2>
      <div className="pop-body">
        <dl className="kv">
          {cust ? (
            <>
              <dt>
                <T k="customer" />
              </dt>
              <dd data-testid="pop-customer-name">
                {cust.name ?? ""}
                {cust.id ? <span className="muted small mono"> #{cust.id}</span> : null}
              </dd>
              {cust.company ? (
                <>
                  <dt>
                    <T k="company" />
                  </dt>
                  <dd>{cust.company}</dd>
                </>
              ) : null}
              {cust.phone && cust.phone !== c.caller ? (
                <>
                  <dt>
                    <T k="phone" />
                  </dt>
                  <dd className="mono">{cust.phone}</dd>
                </>
              ) : null}
            </>
          ) : (
            <>
              <dt>
                <T k="customer" />
              </dt>
              <dd data-testid="pop-unknown">
                <T k="unknown_number" />
              </dd>
            </>
          )}
          <dt>
            <T k="region" />
          </dt>
          <dd data-testid="pop-region">{region ?? "—"}</dd>
          <dt>
            <T k="callee" />
          </dt>
          <dd className="mono">
            {c.callee}
            {c.queueId ? (
              <span className="muted">
                {" "}
                · <QueueName id={c.queueId} />
              </span>
            ) : null}
          </dd>
          {cust?.tags?.length ? (
            <>
              <dt />
              <dd>
                {cust.tags.map((t) => (
                  <span key={t} className="tag">
                    {t}
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {cust?.notes ? (
            <>
              <dt>
                <T k="notes" />
              </dt>
              <dd>{cust.notes}</dd>
            </>
          ) : null}
        </dl>
        {ivr.length ? (
          <div className="ivr" data-testid="pop-ivr">
            <div className="head">
              <T k="ivr_data" />
            </div>
            <dl className="kv">
              {ivr.map(([k, v]) => (
                <div key={k} className="pair">
                  <dt>{k}</dt>
                  <dd className="mono" data-testid={`pop-ivr-${k}`}>
                    {v}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
        {cust?.history?.length ? (
          <div className="history" data-testid="pop-history">
            <div className="head">
              <T k="history" />
            </div>
            <ul>
              {cust.history.slice(0, 5).map((h) => (
                <li key={`${h.startMs}-${h.summary}`}>
                  <span className="mono muted">{dateTime(h.startMs)}</span> {h.summary}
                  {h.agent ? <span className="muted"> · {h.agent}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {cust ? null : (
          <form className="new-customer" data-testid="pop-new-customer" onSubmit={(e) => e.preventDefault()}>
            <div className="head">
              <T k="new_customer" />
            </div>
            <input placeholder={L("name")} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
            <input className="mono" value={draft.phone} onChange={(e) => setDraft({ ...draft, phone: e.target.value })} data-testid="pop-new-phone" />
            <input placeholder={L("notes")} value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />
            <button type="submit" disabled title={L("crm_pending")}>
              <T k="save" />
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
