// The agent's own controls: state, reason, time in state, after-call-work countdown, softphone buttons.
import { useEffect, useRef, useState } from "react";
import { type Agent, type Call, REASONS } from "../api.ts";
import { duration, since } from "../format.ts";
import type { Key } from "../i18n.ts";
import { isDialing, isRinging, wrapUpRemainingS } from "../live.ts";
import { ReasonText, StatusBadge, T, reasonKey, useLabel } from "../ui.tsx";

export function AgentBar(props: {
  agent: Agent | null;
  isAgent: boolean;
  call: Call | null;
  now: number;
  /** After-call-work length when control does not send wrapUpUntilMs (from the agent's queue config). */
  wrapUpS?: number;
  busy: boolean;
  /** The last state change's failure; `detail` is control's reason text. */
  error: { key: Key; detail: string } | null;
  onState: (status: "ready" | "not_ready" | "logged_out", reason?: string) => void;
  onAnswer: () => void;
  onHangup: () => void;
  onHelp: () => void;
}) {
  const L = useLabel();
  const [menu, setMenu] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menu) return;
    const close = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node)) setMenu(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [menu]);

  if (!props.isAgent) {
    return (
      <div className="agent-bar">
        <span className="muted">
          <T k="not_agent" />
        </span>
        <span className="spacer" />
        <button type="button" className="link" onClick={props.onHelp}>
          <T k="shortcuts" /> (F1)
        </button>
      </div>
    );
  }
  const a = props.agent;
  const status = a?.status ?? "logged_out";
  const inState = a ? since(props.now, a.sinceMs) : 0;
  const talking = props.call?.phase === "answered";
  const ringing = isRinging(props.call);
  // Placing a click-to-dial call: no answer to give, but the agent may give up.
  const dialing = isDialing(props.call);

  return (
    <div className={`agent-bar bar-${status}`} data-testid="agent-bar" data-status={status}>
      <span className="label">
        <T k="my_state" />
      </span>
      <StatusBadge status={status} />
      {a?.reason && status === "not_ready" ? (
        <span className="reason" data-testid="my-reason">
          <ReasonText reason={a.reason} />
        </span>
      ) : null}
      <span className="timer" title={L("time_in_state")} data-testid="my-time">
        {duration(inState)}
      </span>
      {status === "wrap_up" && a ? (
        <span className="acw" data-testid="acw-countdown">
          <b>{duration(wrapUpRemainingS(a, props.now, props.wrapUpS))}</b> <T k="remaining" />
        </span>
      ) : null}
      {a && !a.registered ? (
        <span className="warn" title={L("device")}>
          <T k="unregistered" />
        </span>
      ) : null}
      <span className="sep" />
      {status === "wrap_up" ? (
        <button type="button" className="ready" disabled={props.busy} onClick={() => props.onState("ready")} data-testid="state-wrap-done">
          <T k="wrap_done" />
        </button>
      ) : null}
      <button
        type="button"
        className="ready"
        disabled={props.busy || status === "ready"}
        onClick={() => props.onState("ready")}
        data-testid="state-ready"
        title="F8"
      >
        <T k="ready" />
      </button>
      <div className="menu-wrap" ref={menuRef}>
        <button
          type="button"
          className="not-ready"
          disabled={props.busy}
          onClick={() => setMenu((m) => !m)}
          data-testid="state-not-ready"
          title="F9"
          aria-haspopup="menu"
          aria-expanded={menu}
        >
          <T k="not_ready" /> ▾
        </button>
        {menu ? (
          <div className="menu" role="menu">
            {REASONS.map((r) => (
              <button
                type="button"
                role="menuitem"
                key={r}
                data-testid={`reason-${r}`}
                onClick={() => {
                  setMenu(false);
                  props.onState("not_ready", r);
                }}
              >
                <T k={reasonKey(r)!} />
              </button>
            ))}
          </div>
        ) : null}
      </div>
      <button
        type="button"
        disabled={props.busy || status === "logged_out"}
        onClick={() => props.onState("logged_out")}
        data-testid="state-logout"
      >
        <T k="log_out" />
      </button>
      {props.error ? (
        <span className="error" role="alert" title={props.error.detail} data-testid="state-error">
          <T k={props.error.key} />
          {props.error.detail ? <span className="small"> ({props.error.detail})</span> : null}
        </span>
      ) : null}
      <span className="spacer" />
      <button type="button" className={ringing ? "answer pulse" : "answer"} onClick={props.onAnswer} title="F2" data-testid="btn-answer">
        <T k="answer" />
      </button>
      <button type="button" className="hangup" disabled={!ringing && !talking && !dialing} onClick={props.onHangup} title="F4" data-testid="btn-hangup">
        <T k="hang_up" />
      </button>
      <button type="button" className="link" onClick={props.onHelp} data-testid="help-open">
        <T k="shortcuts" /> (F1)
      </button>
    </div>
  );
}
