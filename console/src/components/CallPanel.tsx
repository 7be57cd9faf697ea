// The in-call work area (通话中): recording pause, disposition and notes, a ticket for the caller,
// knowledge-base answers. Transfer / consult / conference mount in the `transfer` slot.
import { type ReactNode, useState } from "react";
import { type Call, type DispositionCode, setRecordingPaused } from "../api.ts";
import { T } from "../ui.tsx";
import { DispositionForm } from "./DispositionForm.tsx";
import { KbPanel } from "./KbPanel.tsx";
import { TicketForm } from "./TicketForm.tsx";

export function CallPanel(props: {
  call: Call;
  codes: readonly DispositionCode[];
  /** The customer record the call is linked to (from the screen pop or created during the call). */
  customerId: string | null;
  onError: () => void;
  /** Transfer / consult / conference controls (TransferPanel), when available. */
  transfer?: ReactNode;
}) {
  const c = props.call;
  const talking = c.phase === "answered";
  const [paused, setPaused] = useState<{ callId: string; on: boolean }>({ callId: c.callId, on: false });
  const isPaused = paused.callId === c.callId && paused.on;
  const [busy, setBusy] = useState(false);

  const toggleRecording = async () => {
    setBusy(true);
    try {
      await setRecordingPaused(c.callId, !isPaused);
      setPaused({ callId: c.callId, on: !isPaused });
    } catch {
      props.onError();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel call-panel" data-testid="call-panel" data-call-id={c.callId}>
      <h2>
        <T k="in_call" />
        <span className="spacer" />
        {isPaused ? (
          <span className="rec-paused" data-testid="rec-paused">
            ● <T k="recording_paused" />
          </span>
        ) : null}
        <button type="button" disabled={!talking || busy} onClick={() => void toggleRecording()} data-testid="rec-toggle" aria-pressed={isPaused}>
          <T k={isPaused ? "recording_resume" : "recording_pause"} />
        </button>
      </h2>
      <div className="call-grid">
        <div className="call-col">
          <DispositionForm key={c.callId} callId={c.callId} codes={props.codes} />
          <TicketForm key={`${c.callId}:${props.customerId ?? ""}`} call={c} customerId={props.customerId} />
        </div>
        <div className="call-col">
          <KbPanel />
          <div className="transfer-slot" data-testid="transfer-slot">
            {props.transfer ?? null}
          </div>
        </div>
      </div>
    </section>
  );
}
