// 来电弹屏: the customer record, region, VIP level and IVR data that travel with an offered call.
// Every field is optional; an unknown number gets a prefilled new-customer form.
import type { Call, Customer } from "../api.ts";
import { dateTime, duration, since } from "../format.ts";
import { PhaseBadge, QueueName, T } from "../ui.tsx";
import { vipText } from "../workspace.ts";
import { NewCustomerForm } from "./NewCustomerForm.tsx";

/**
 * `onCustomerCreated` links a record created from the prefilled form to the call. `customerKnown`
 * is false until control's screen pop arrived (the form waits for it, not to duplicate a customer).
 */
export function ScreenPop(props: { call: Call; now: number; onCustomerCreated: (c: Customer) => void }) {
  const c = props.call;
  const cust = c.customer ?? null;
  const region = cust?.region ?? c.region ?? null;
  const vip = vipText(cust?.vipLevel);
  const ivr = c.ivr ? Object.entries(c.ivr) : [];
  // customer === undefined: the lookup has not answered yet; null: an unknown number.
  const unknown = c.customer === null;

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
              {unknown ? (
                <dd data-testid="pop-unknown">
                  <T k="unknown_number" />
                </dd>
              ) : (
                <dd className="muted">
                  <T k="loading" />
                </dd>
              )}
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
        {unknown ? <NewCustomerForm key={c.callId} phone={c.caller} onCreated={props.onCustomerCreated} /> : null}
      </div>
    </section>
  );
}
