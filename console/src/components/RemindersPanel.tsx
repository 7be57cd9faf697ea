// 提醒: the agent's own reminders (e.g. 回访 a customer); control pushes each one when it is due.
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { ApiError, type Reminder, completeReminder, createReminder, listReminders } from "../api.ts";
import { dateTime } from "../format.ts";
import { T, useLabel } from "../ui.tsx";
import { localInput, localToIso } from "../workspace.ts";

export function RemindersPanel(props: { refreshKey: unknown }) {
  const L = useLabel();
  const [rows, setRows] = useState<Reminder[]>([]);
  const [title, setTitle] = useState("");
  const [due, setDue] = useState(() => localInput(Date.now(), 30));
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    listReminders()
      .then(setRows)
      .catch(() => {});
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the trigger
  useEffect(load, [load, props.refreshKey]);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const dueAt = localToIso(due);
    if (!title.trim() || !dueAt) return;
    try {
      await createReminder({ title: title.trim(), dueAt });
      setTitle("");
      setError(null);
      load();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  return (
    <section className="panel" data-testid="reminders-panel">
      <h2>
        <T k="reminders" /> <span className="count">{rows.length}</span>
      </h2>
      <form className="compose" onSubmit={(e) => void add(e)}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={L("new_reminder")} maxLength={200} data-testid="rem-title" />
        <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} aria-label={L("due_at")} data-testid="rem-due" />
        <button type="submit" disabled={!title.trim()} data-testid="rem-add">
          <T k="save" />
        </button>
        {error ? <span className="error small">{error}</span> : null}
      </form>
      <ul className="msg-list">
        {rows.length === 0 ? (
          <li className="muted">
            <T k="no_reminders" />
          </li>
        ) : null}
        {rows.map((r) => (
          <li key={r.id}>
            <span className="mono small">{dateTime(Date.parse(r.dueAt))}</span> {r.title}{" "}
            <button type="button" className="link" onClick={() => void completeReminder(r.id).then(load, () => {})}>
              <T k="done" />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
