import { type FormEvent, useCallback, useEffect, useState } from "react";
import { type Agent, ApiError, type Cdr, type LegQuality, listCdrs, recordingUrl } from "../api.ts";
import { type CdrFilter, filterCdrs, qualityText, serverQuery, talkS, waitS } from "../cdr.ts";
import { dateTime, duration, parseIsoDate, shortDateTime } from "../format.ts";
import type { Key } from "../i18n.ts";
import { QueueName, T, useLabel, useQueues, useShort } from "../ui.tsx";
import { agentName } from "./LiveCalls.tsx";

const SIDE_KEYS: Record<string, Key> = { caller: "side_caller", callee: "side_callee", agent: "side_agent", system: "side_system" };

interface FormState {
  from: string;
  to: string;
  caller: string;
  callee: string;
  agentId: string;
  queueId: string;
  answeredOnly: boolean;
}
const EMPTY_FORM: FormState = { from: "", to: "", caller: "", callee: "", agentId: "", queueId: "", answeredOnly: false };

function toFilter(f: FormState, limit: number): CdrFilter {
  const from = parseIsoDate(f.from);
  const to = parseIsoDate(f.to);
  return {
    from: from ?? undefined,
    // "To" is inclusive of the whole day chosen.
    to: to === null ? undefined : to + 86_400_000,
    caller: f.caller.trim() || undefined,
    callee: f.callee.trim() || undefined,
    agentId: f.agentId || undefined,
    queueId: f.queueId || undefined,
    answeredOnly: f.answeredOnly || undefined,
    limit,
  };
}

/**
 * CDR list with recording playback. `compact` is the short "recent calls" list on the desktop;
 * otherwise the search form is shown. Reloads when `refreshKey` changes (a call ended).
 */
export function CdrList(props: { compact?: boolean; agents: Readonly<Record<string, Agent>>; refreshKey: unknown }) {
  const L = useLabel();
  const queues = useQueues();
  const full = !props.compact;
  const cols = full ? 11 : 8;
  const limit = full ? 500 : 20;
  // Rows are re-rendered on refresh, not per second; "today" is judged at render time.
  const nowMs = Date.now();
  const [form, setForm] = useState<FormState>(EMPTY_FORM);
  const [filter, setFilter] = useState<CdrFilter>({ limit });
  const [rows, setRows] = useState<Cdr[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [playing, setPlaying] = useState<string | null>(null);

  const load = useCallback(async (f: CdrFilter) => {
    try {
      const r = await listCdrs(serverQuery(f));
      setRows(filterCdrs(Array.isArray(r) ? r : [], f));
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, []);

  // Debounced so a burst of ended calls costs one request; the small delay also lets control write the row.
  useEffect(() => {
    const t = setTimeout(() => void load(filter), props.refreshKey ? 400 : 0);
    return () => clearTimeout(t);
  }, [filter, load, props.refreshKey]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilter(toFilter(form, limit));
  };
  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setForm((f) => ({ ...f, [k]: v }));
  const agentList = Object.values(props.agents).sort((a, b) => (a.jobNumber || a.id).localeCompare(b.jobNumber || b.id, "en", { numeric: true }));

  return (
    <div className="cdr" data-testid={props.compact ? "cdr-recent" : "cdr-search"}>
      {props.compact ? null : (
        <form className="filters" onSubmit={submit} data-testid="cdr-filters">
          <label>
            <T k="date_from" />
            <input type="date" value={form.from} onChange={(e) => set("from", e.target.value)} data-testid="cdr-from" />
          </label>
          <label>
            <T k="date_to" />
            <input type="date" value={form.to} onChange={(e) => set("to", e.target.value)} data-testid="cdr-to" />
          </label>
          <label>
            <T k="caller" />
            <input value={form.caller} onChange={(e) => set("caller", e.target.value)} size={12} data-testid="cdr-caller" />
          </label>
          <label>
            <T k="callee" />
            <input value={form.callee} onChange={(e) => set("callee", e.target.value)} size={8} data-testid="cdr-callee" />
          </label>
          <label>
            <T k="agent" />
            <select value={form.agentId} onChange={(e) => set("agentId", e.target.value)} data-testid="cdr-agent">
              <option value="">{L("all_agents")}</option>
              {agentList.map((a) => (
                <option key={a.id} value={a.id}>
                  {agentName(props.agents, a.id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <T k="queue" />
            <select value={form.queueId} onChange={(e) => set("queueId", e.target.value)} data-testid="cdr-queue">
              <option value="">{L("all_queues")}</option>
              {Object.values(queues).map((q) => (
                <option key={q.id} value={q.id}>
                  {q.name || q.slug}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={form.answeredOnly} onChange={(e) => set("answeredOnly", e.target.checked)} />
            <T k="answered_only" />
          </label>
          <button type="submit" className="primary" data-testid="cdr-search-submit">
            <T k="search" />
          </button>
          <button
            type="button"
            onClick={() => {
              setForm(EMPTY_FORM);
              setFilter({ limit });
            }}
          >
            <T k="reset" />
          </button>
          <span className="muted">{rows ? `${rows.length} ${L("results")}` : ""}</span>
        </form>
      )}
      {playing ? (
        <div className="player" data-testid="recording-player">
          <span className="mono">{playing}</span>
          <audio src={recordingUrl(playing)} controls autoPlay />
          <a href={recordingUrl(playing)} download={`${playing}.wav`}>
            <T k="download" />
          </a>
          <button type="button" className="link" onClick={() => setPlaying(null)}>
            <T k="close" />
          </button>
        </div>
      ) : null}
      {error ? (
        <div className="error" role="alert">
          <T k="err_generic" />: {error}
        </div>
      ) : null}
      <table className="grid">
        <thead>
          <tr>
            <th>
              <T k="start_time" />
            </th>
            <th>
              <T k="caller" />
            </th>
            {full ? (
              <th>
                <T k="callee" />
              </th>
            ) : null}
            {full ? (
              <th>
                <T k="queue" />
              </th>
            ) : null}
            <th>
              <T k="agent" />
            </th>
            <th className="num">
              <T k="wait" />
            </th>
            <th className="num">
              <T k="talk" />
            </th>
            <th>
              <T k="hangup" />
            </th>
            {full ? (
              <th>
                <T k="quality" />
              </th>
            ) : null}
            <th>
              <T k="disposition" />
            </th>
            <th>
              <T k="recording" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows === null ? (
            <tr className="empty">
              <td colSpan={cols}>
                <T k="loading" />
              </td>
            </tr>
          ) : rows.length === 0 ? (
            <tr className="empty">
              <td colSpan={cols}>
                <T k="no_cdrs" />
              </td>
            </tr>
          ) : null}
          {rows?.map((r) => (
            <tr key={r.callId} data-testid={`cdr-row-${r.callId}`} className={playing === r.callId ? "sel" : undefined}>
              <td className="mono" title={dateTime(r.startMs)}>
                {full ? dateTime(r.startMs) : shortDateTime(r.startMs, nowMs)}
              </td>
              <td className="mono">{r.caller}</td>
              {full ? <td className="mono">{r.callee}</td> : null}
              {full ? (
                <td>
                  <QueueName id={r.queueId} />
                </td>
              ) : null}
              <td>{agentName(props.agents, r.agentId)}</td>
              <td className="num mono">{duration(waitS(r))}</td>
              <td className="num mono">{r.answerMs ? duration(talkS(r)) : "—"}</td>
              <td title={r.hangupCause}>
                {SIDE_KEYS[r.hangupSide] ? <T k={SIDE_KEYS[r.hangupSide]!} /> : r.hangupSide}
                {full ? <span className="muted small"> {r.hangupCause}</span> : null}
              </td>
              {full ? (
                <td className="small" data-testid={`cdr-quality-${r.callId}`}>
                  <QualityCell r={r} />
                </td>
              ) : null}
              <td className="ellipsis" title={r.disposition?.notes ?? ""} data-testid={`cdr-disp-${r.callId}`}>
                {r.disposition ? (
                  <>
                    <span className="disp-tag">{r.disposition.label}</span>
                    {full && r.disposition.notes ? <span className="small muted"> {r.disposition.notes}</span> : null}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td>
                {r.recordingPath ? (
                  <a
                    href={recordingUrl(r.callId)}
                    data-testid={`cdr-play-${r.callId}`}
                    onClick={(e) => {
                      e.preventDefault();
                      setPlaying(r.callId);
                    }}
                  >
                    ▶ <T k="play" />
                  </a>
                ) : (
                  <span className="muted">
                    <T k="no_recording" />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** MOS, then one line per measured side: 抖动 (jitter), 丢包率 (loss), 往返时延 (round trip). */
function QualityCell(props: { r: Cdr }) {
  const L = useLabel();
  const S = useShort();
  const q = props.r.quality;
  const side = (k: "customer" | "agent", v: LegQuality | null) => {
    if (v === null) return null;
    const t = qualityText(v);
    return (
      <div className="mono" data-testid={`cdr-quality-${k}`} title={`${L(k)}: ${L("jitter")} ${t.jitter}, ${L("loss_rate")} ${t.loss} (${v.lost}), ${L("rtt")} ${t.rtt}`}>
        {S(k)} {S("jitter")} {t.jitter} · {S("loss_rate")} {t.loss} · {S("rtt")} {t.rtt}
      </div>
    );
  };
  if (!props.r.mos && !q?.customer && !q?.agent) return <span className="muted">{L("not_measured")}</span>;
  return (
    <>
      {props.r.mos ? <div className="mono">MOS {props.r.mos.toFixed(2)}</div> : null}
      {side("customer", q?.customer ?? null)}
      {side("agent", q?.agent ?? null)}
    </>
  );
}
