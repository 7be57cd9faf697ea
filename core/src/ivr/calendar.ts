// Business hours (作息时间) and holiday calendars (节假日), evaluated at an
// instant in the calendar's own time zone. Pure: the clock comes from the host.
import type { CalendarDef, Weekday } from "./types.ts";

const DAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone: tz,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Local date, weekday and minute of day of `ms` in `tz`. */
export function localTime(ms: number, tz: string): { date: string; day: Weekday; minute: number } {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const day = (parts.weekday ?? "").slice(0, 3).toLowerCase() as Weekday;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

function toMinute(hhmm: string): number {
  const m = HHMM.exec(hhmm) as RegExpExecArray;
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Problems with a calendar definition ([] when valid). */
export function checkCalendar(c: unknown): string[] {
  const out: string[] = [];
  if (!c || typeof c !== "object") return ["calendar must be an object"];
  const cal = c as CalendarDef;
  if (cal.tz !== undefined) {
    try {
      formatter(cal.tz);
    } catch {
      out.push(`unknown time zone ${String(cal.tz)}`);
    }
  }
  const ranges = (where: string, list: unknown) => {
    if (!Array.isArray(list)) {
      out.push(`${where}: expected a list of ["HH:MM","HH:MM"]`);
      return;
    }
    for (const r of list) {
      if (!Array.isArray(r) || r.length !== 2 || !HHMM.test(String(r[0])) || !HHMM.test(String(r[1]))) {
        out.push(`${where}: bad range ${JSON.stringify(r)}`);
      } else if (toMinute(r[0]) >= toMinute(r[1])) out.push(`${where}: range ${r[0]}-${r[1]} ends before it starts`);
    }
  };
  if (!cal.weekly || typeof cal.weekly !== "object") out.push("weekly hours are required");
  else {
    for (const [d, list] of Object.entries(cal.weekly)) {
      if (!DAYS.includes(d as Weekday)) out.push(`unknown weekday ${d}`);
      else ranges(d, list);
    }
  }
  for (const h of cal.holidays ?? []) if (!DATE.test(String(h))) out.push(`holiday ${String(h)}: expected YYYY-MM-DD`);
  for (const [d, list] of Object.entries(cal.special ?? {})) {
    if (!DATE.test(d)) out.push(`special day ${d}: expected YYYY-MM-DD`);
    else ranges(d, list);
  }
  return out;
}

/** Is the calendar open at `ms`? Special days win over holidays, holidays over weekly hours. Ranges are [start, end). */
export function isOpen(cal: CalendarDef, ms: number): boolean {
  const t = localTime(ms, cal.tz ?? "UTC");
  let ranges: [string, string][] | undefined = cal.special?.[t.date];
  if (!ranges) {
    if (cal.holidays?.includes(t.date)) return false;
    ranges = cal.weekly[t.day];
  }
  if (!ranges) return false;
  for (const [a, b] of ranges) if (t.minute >= toMinute(a) && t.minute < toMinute(b)) return true;
  return false;
}
