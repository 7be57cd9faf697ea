// Pure CDR helpers: search filters (applied client-side too, so the list is right even when control
// ignores a query parameter) and derived durations.
import type { Cdr, CdrQuery, LegQuality } from "./api.ts";

export interface CdrFilter extends CdrQuery {
  /** Only calls an agent answered. */
  answeredOnly?: boolean;
}

/** Digits-only substring match, so "138 0013" finds "+8613800138000". Non-digit needles match as text. */
export function numberMatches(value: string, needle: string | undefined): boolean {
  if (!needle) return true;
  const n = needle.replace(/[\s-]/g, "");
  if (!n) return true;
  return value.replace(/[\s-]/g, "").includes(n);
}

export function filterCdrs(rows: readonly Cdr[], f: CdrFilter): Cdr[] {
  const out = rows.filter(
    (r) =>
      (f.from === undefined || r.startMs >= f.from) &&
      (f.to === undefined || r.startMs < f.to) &&
      numberMatches(r.caller, f.caller) &&
      numberMatches(r.callee, f.callee) &&
      (!f.agentId || r.agentId === f.agentId) &&
      (!f.queueId || r.queueId === f.queueId) &&
      (!f.answeredOnly || r.answerMs != null),
  );
  out.sort((a, b) => b.startMs - a.startMs);
  return f.limit ? out.slice(0, f.limit) : out;
}

/** Queue wait in seconds: control's queueWaitMs when present, else start to answer (or to the end). */
export function waitS(r: Cdr): number {
  if (r.queueWaitMs != null) return Math.max(0, Math.round(r.queueWaitMs / 1000));
  const until = r.answerMs ?? r.endMs;
  return Math.max(0, Math.round((until - r.startMs) / 1000));
}

/** Seconds of conversation (0 when never answered). */
export function talkS(r: Cdr): number {
  return r.answerMs ? Math.max(0, Math.round((r.endMs - r.answerMs) / 1000)) : 0;
}

/** The query sent to control: the filter without client-only fields. */
export function serverQuery(f: CdrFilter): CdrQuery {
  const { answeredOnly: _a, ...q } = f;
  return q;
}

/**
 * One side's quality as short display strings: jitter and round trip in ms
 * (one decimal under 10 ms), loss as a percentage; an unknown round trip (0) is "—".
 */
export function qualityText(q: LegQuality): { jitter: string; loss: string; rtt: string } {
  const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
  const pct = q.lossFraction * 100;
  return {
    jitter: ms(q.jitterMs),
    loss: `${pct === 0 ? "0" : pct < 10 ? pct.toFixed(1) : Math.round(pct)} %`,
    rtt: q.rttMs > 0 ? ms(q.rttMs) : "—",
  };
}
