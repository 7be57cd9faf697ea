// 语音信箱: messages left in the agent's own box and their queues' boxes, played in the page
// (the token rides in the URL because <audio> cannot send headers; each playback is audited).
import { useEffect, useState } from "react";
import { ApiError, type VoicemailMessage, listVoicemail, voicemailUrl } from "../api.ts";
import { dateTime, duration } from "../format.ts";
import { QueueName, T, useQueues } from "../ui.tsx";
import { DialButton } from "./DialButton.tsx";

export function VoicemailView(props: { agentId: string | null; onDial: (ok: boolean, detail?: string) => void; refreshKey: unknown }) {
  const queues = useQueues();
  const [rows, setRows] = useState<VoicemailMessage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [playing, setPlaying] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the trigger
  useEffect(() => {
    listVoicemail()
      .then((r) => {
        setRows(r);
        setError(null);
      })
      .catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [props.refreshKey]);

  return (
    <section className="panel grow" data-testid="voicemail-view">
      <h2>
        <T k="voicemail" /> <span className="count">{rows?.length ?? 0}</span>
      </h2>
      {error ? <div className="error pad">{error}</div> : null}
      <table className="grid">
        <thead>
          <tr>
            <th>
              <T k="start_time" />
            </th>
            <th>
              <T k="caller" />
            </th>
            <th>
              <T k="box" />
            </th>
            <th>
              <T k="duration" />
            </th>
            <th>
              <T k="play" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows && rows.length === 0 ? (
            <tr className="empty">
              <td colSpan={5}>
                <T k="no_voicemail" />
              </td>
            </tr>
          ) : null}
          {(rows ?? []).map((m) => (
            <tr key={m.callId} data-testid="vm-row" data-call-id={m.callId}>
              <td className="mono">{dateTime(m.startMs)}</td>
              <td className="mono">
                {m.caller} <DialButton number={m.caller} agentId={props.agentId} onResult={props.onDial} />
              </td>
              <td>{queues[m.box] ? <QueueName id={m.box} /> : m.box === props.agentId ? <T k="agent" /> : m.box}</td>
              <td className="mono">{duration((m.endMs - m.startMs) / 1000)}</td>
              <td>
                {playing === m.callId ? (
                  <audio controls autoPlay src={voicemailUrl(m.callId)} data-testid="vm-audio" />
                ) : (
                  <button type="button" onClick={() => setPlaying(m.callId)} data-testid="vm-play">
                    ▶ <T k="play" />
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
