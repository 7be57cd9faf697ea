// 话后处理: after a call the agent has the queue's wrap-up time to finish the disposition and notes;
// the countdown shows what is left, and the agent may end it early and go ready.
import type { Agent, Call, DispositionCode } from "../api.ts";
import { duration } from "../format.ts";
import { wrapUpRemainingS } from "../live.ts";
import { T } from "../ui.tsx";
import { DispositionForm } from "./DispositionForm.tsx";

export function AfterCallWork(props: {
  agent: Agent;
  lastCall: Call | null;
  codes: readonly DispositionCode[];
  now: number;
  wrapUpS?: number;
  busy: boolean;
  onReady: () => void;
}) {
  const left = wrapUpRemainingS(props.agent, props.now, props.wrapUpS);
  const c = props.lastCall;
  return (
    <section className="panel acw-panel" data-testid="acw-panel">
      <h2>
        <T k="acw_title" />
        <span className="acw-left mono" data-testid="acw-left" data-left={left}>
          {duration(left)}
        </span>
        <span className="spacer" />
        <button type="button" className="ready" disabled={props.busy} onClick={props.onReady} data-testid="acw-ready" title="F8">
          <T k="acw_done_ready" />
        </button>
      </h2>
      <div className="acw-body">
        <div className="small muted">
          <T k="acw_hint" />
        </div>
        {c ? (
          <>
            <div className="small">
              <T k="last_call" />: <span className="mono">{c.caller}</span>
              {c.customer?.name ? <b> {c.customer.name}</b> : null}
            </div>
            <DispositionForm key={c.callId} callId={c.callId} codes={props.codes} />
          </>
        ) : null}
      </div>
    </section>
  );
}
