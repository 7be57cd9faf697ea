// Pure helpers of the agent workspace (in-call panels, CRM, messages, reminders).
// No DOM or React, so node tests drive them.
import type { Call, Message, Reminder } from "./api.ts";
import { type Lang, label } from "./i18n.ts";

/** "VIP 3" for a numeric level, the text for a named one; null for a regular customer (0, empty). */
export function vipText(v: number | string | null | undefined): string | null {
  if (v === null || v === undefined || v === "" || v === 0 || v === "0") return null;
  return typeof v === "number" ? `VIP ${v}` : v;
}

/** Title and body of the browser notification for a ringing call. */
export function ringNotification(call: Call, lang: Lang): { title: string; body: string } {
  const c = call.customer;
  const who = c?.name ? `${c.name} ${call.caller}` : call.caller;
  const vip = vipText(c?.vipLevel);
  const region = c?.region ?? call.region ?? "";
  return {
    title: `${label("incoming", lang)}: ${who}`,
    body: [vip, region, c?.company].filter((x) => !!x).join(" · "),
  };
}

/** A default ticket title for the caller of a call: "来电工单 13800138000 张三". */
export function ticketTitleFor(call: Pick<Call, "caller" | "customer">): string {
  const name = call.customer?.name ? ` ${call.customer.name}` : "";
  return `来电工单 ${call.caller}${name}`;
}

/**
 * The part of a knowledge-base body to show in a result list: around the first match of `q`
 * (case-insensitive), at most `max` characters, with "…" where it was cut.
 */
export function kbSnippet(body: string, q: string, max = 80): string {
  const text = body.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const i = q.trim() ? text.toLowerCase().indexOf(q.trim().toLowerCase()) : -1;
  const start = i < 0 ? 0 : Math.max(0, Math.min(i - Math.floor(max / 4), text.length - max));
  const out = text.slice(start, start + max);
  return `${start > 0 ? "…" : ""}${out}${start + max < text.length ? "…" : ""}`;
}

/**
 * A number typed or shown in a record, made dialable for /calls/originate (digits, *, #, a leading +;
 * spaces, dashes, dots and brackets dropped). null when it is not a number control would accept.
 */
export function dialable(number: string): string | null {
  const n = number.replace(/[\s\-().]/g, "");
  return /^\+?[0-9*#]{2,32}$/.test(n) ? n : null;
}

/** Unread messages addressed to `me`. */
export function unreadCount(messages: readonly Message[], me: string): number {
  let n = 0;
  for (const m of messages) if (m.toUserId === me && !m.readAt) n++;
  return n;
}

/** Adds or replaces a message by id, newest first (a push may repeat one the list already has). */
export function upsertMessage(list: readonly Message[], m: Message): Message[] {
  return [m, ...list.filter((x) => x.id !== m.id)].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Reminders waiting to be acknowledged: a new push joins once (by id), oldest due first. */
export function addDueReminder(list: readonly Reminder[], r: Reminder): Reminder[] {
  if (list.some((x) => x.id === r.id)) return list.slice();
  return [...list, r].sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}

/** <input type="datetime-local"> value (local time) to ISO 8601; null when empty or invalid. */
export function localToIso(v: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return Number.isFinite(d.getTime()) ? d.toISOString() : null;
}

/** A datetime-local value `minutes` from `nowMs`, for a reminder form's default. */
export function localInput(nowMs: number, minutes = 0): string {
  const d = new Date(nowMs + minutes * 60_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
