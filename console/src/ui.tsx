// Shared React bits: language context, the <T> label, a ticking clock and state badges.
import { createContext, useContext, useEffect, useState } from "react";
import type { AgentStatus, CallPhase, QueueInfo } from "./api.ts";
import { type Key, type Lang, label, short, tr } from "./i18n.ts";

export const LangContext = createContext<Lang>("zh-CN");

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Renders a label: "签入" + a quieter "Log in" in zh-CN, only "Log in" in en. */
export function T({ k }: { k: Key }) {
  const lang = useLang();
  const { primary, secondary } = tr(k, lang);
  return (
    <>
      {primary}
      {secondary ? <span className="en"> {secondary}</span> : null}
    </>
  );
}

/** String form for attributes (title, placeholder, aria-label). */
export function useLabel(): (k: Key) => string {
  const lang = useLang();
  return (k) => label(k, lang);
}

/** Primary-language text only, for tight spots (mini buttons); pair it with a full `title`. */
export function useShort(): (k: Key) => string {
  const lang = useLang();
  return (k) => short(k, lang);
}

/** Current time, re-rendering every `periodMs` (default 1000) for time-in-state counters. */
export function useNow(periodMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(id);
  }, [periodMs]);
  return now;
}

export function StatusBadge({ status }: { status: AgentStatus }) {
  return (
    <span className={`badge st-${status}`}>
      <T k={status} />
    </span>
  );
}

export function PhaseBadge({ phase }: { phase: CallPhase }) {
  return (
    <span className={`badge ph-${phase}`}>
      <T k={`phase_${phase}` as Key} />
    </span>
  );
}

export function reasonKey(reason: string | null | undefined): Key | null {
  switch (reason) {
    case "break":
      return "reason_break";
    case "meal":
      return "reason_meal";
    case "training":
      return "reason_training";
    case "meeting":
      return "reason_meeting";
    case "supervisor":
      return "reason_supervisor";
    default:
      return null;
  }
}

/** A reason code as a label; unknown codes (set by other tools) show verbatim. */
export function ReasonText({ reason }: { reason: string | null | undefined }) {
  const k = reasonKey(reason);
  if (k) return <T k={k} />;
  return <>{reason ?? ""}</>;
}

/** Queue configuration by id, so views show "support" instead of a UUID. */
export const QueuesContext = createContext<Readonly<Record<string, QueueInfo>>>({});

export function useQueues(): Readonly<Record<string, QueueInfo>> {
  return useContext(QueuesContext);
}

/** A queue's name (slug when unnamed); the id itself while the list has not loaded. */
export function QueueName({ id }: { id: string | null | undefined }) {
  const q = useQueues()[id ?? ""];
  if (!id) return null;
  return <span title={q ? `${q.slug} · ${id}` : id}>{q ? q.name || q.slug : id}</span>;
}
