// A due reminder pops over the desktop (pushed by control at its time) until the agent marks it
// done or puts it away.
import { type Reminder, completeReminder } from "../api.ts";
import { dateTime } from "../format.ts";
import { T } from "../ui.tsx";

export function ReminderPopup(props: { reminders: readonly Reminder[]; onClose: (id: string) => void; onOpenCustomer: (id: string) => void }) {
  if (!props.reminders.length) return null;
  return (
    <div className="reminder-pop" role="alert" data-testid="reminder-popup">
      {props.reminders.map((r) => (
        <div key={r.id} className="reminder-card" data-testid="reminder-card" data-reminder-id={r.id}>
          <div className="head">
            ● <T k="reminder" /> <span className="mono small muted">{dateTime(Date.parse(r.dueAt))}</span>
          </div>
          <div className="reminder-title">{r.title}</div>
          <div className="row">
            {r.customerId ? (
              <button type="button" className="link" onClick={() => props.onOpenCustomer(r.customerId as string)}>
                <T k="customer" />
              </button>
            ) : null}
            <span className="spacer" />
            <button type="button" onClick={() => props.onClose(r.id)} data-testid="reminder-later">
              <T k="dismiss" />
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                void completeReminder(r.id).catch(() => {});
                props.onClose(r.id);
              }}
              data-testid="reminder-done"
            >
              <T k="done" />
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
