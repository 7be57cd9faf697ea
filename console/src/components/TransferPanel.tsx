// Transfers during a call (转接 / 咨询转接 / 三方通话): choose an agent, a
// queue or a number, then blind-transfer, or consult first and complete,
// cancel or join all three. The consultation's progress comes with the call
// itself (its data field "consult": ringing | talking | conference), so the
// panel is right after a reload too.
import { useState } from "react";
import { type Agent, ApiError, type Call, consultAction, consultCall, type QueueInfo, type TransferTarget, transferCall } from "../api.ts";
import type { Key } from "../i18n.ts";
import { T, useLabel } from "../ui.tsx";

type Kind = TransferTarget["kind"];

export function TransferPanel(props: { call: Call; agents: Agent[]; queues: QueueInfo[]; myAgentId: string | null }) {
  const { call } = props;
  const L = useLabel();
  const [kind, setKind] = useState<Kind>("agent");
  const [value, setValue] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const consult = call.ivr?.consult ?? "";
  const others = props.agents.filter((a) => a.id !== props.myAgentId && a.status !== "logged_out");

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : L("err_network"));
    } finally {
      setBusy(false);
    }
  };
  const target = (): TransferTarget => ({ kind, value: value.trim() });
  const canStart = !busy && !consult && value.trim() !== "";

  return (
    <section className="panel transfer" data-testid="transfer-panel" data-consult={consult || "none"}>
      <h2>
        <T k="transfer" />
      </h2>
      <div className="sp-row" role="radiogroup" aria-label={L("choose_target")}>
        {(["agent", "queue", "number"] as const).map((k) => (
          <label key={k} className="sp-choice">
            <input
              type="radio"
              name="transfer-kind"
              checked={kind === k}
              disabled={!!consult}
              onChange={() => {
                setKind(k);
                setValue("");
              }}
              data-testid={`transfer-kind-${k}`}
            />{" "}
            <T k={`target_${k}` as Key} />
          </label>
        ))}
      </div>
      <div className="sp-row">
        {kind === "number" ? (
          <input
            type="tel"
            inputMode="tel"
            value={value}
            disabled={!!consult}
            placeholder={L("target_number")}
            onChange={(e) => setValue(e.target.value)}
            data-testid="transfer-target"
          />
        ) : (
          <select value={value} disabled={!!consult} onChange={(e) => setValue(e.target.value)} data-testid="transfer-target" aria-label={L("choose_target")}>
            <option value="">{L("choose_target")}</option>
            {kind === "agent"
              ? others.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.extension} {a.displayName} ({L(a.status)})
                  </option>
                ))
              : props.queues.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.name}
                  </option>
                ))}
          </select>
        )}
      </div>
      <div className="sp-row">
        <button type="button" disabled={!canStart} onClick={() => void run(() => transferCall(call.callId, target()))} data-testid="transfer-blind">
          <T k="transfer_blind" />
        </button>
        <button type="button" disabled={!canStart || kind === "queue"} onClick={() => void run(() => consultCall(call.callId, target()))} data-testid="transfer-consult">
          <T k="transfer_consult" />
        </button>
      </div>
      {consult ? (
        <>
          <div className="small muted" data-testid="consult-state">
            <T k={consult === "conference" ? "consult_in_conference" : consult === "talking" ? "consult_talking" : "consult_ringing"} />
          </div>
          <div className="sp-row">
            <button type="button" disabled={busy || consult === "ringing"} onClick={() => void run(() => consultAction(call.callId, "complete"))} data-testid="consult-complete">
              <T k="consult_complete" />
            </button>
            <button type="button" disabled={busy} onClick={() => void run(() => consultAction(call.callId, "cancel"))} data-testid="consult-cancel">
              <T k="consult_cancel" />
            </button>
            <button
              type="button"
              disabled={busy || consult !== "talking"}
              onClick={() => void run(() => consultAction(call.callId, "conference"))}
              data-testid="consult-conference"
            >
              <T k="consult_conference" />
            </button>
          </div>
        </>
      ) : null}
      {error ? (
        <div className="small error" role="alert" data-testid="transfer-error">
          {error}
        </div>
      ) : null}
    </section>
  );
}
