// 站内消息: inbox (pushed live; unread first counted in the tab badge), sent box and a compose form.
import { type FormEvent, useEffect, useState } from "react";
import { ApiError, type Colleague, type Message, listDirectory, listMessages, markMessageRead, sendMessage } from "../api.ts";
import { dateTime } from "../format.ts";
import { T, useLabel } from "../ui.tsx";

export function MessagesPanel(props: { me: string; inbox: readonly Message[]; onRead: (id: string) => void }) {
  const L = useLabel();
  const [box, setBox] = useState<"inbox" | "sent">("inbox");
  const [sent, setSent] = useState<Message[]>([]);
  const [people, setPeople] = useState<Colleague[]>([]);
  const [to, setTo] = useState("");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listDirectory()
      .then((d) => setPeople(d.filter((u) => u.id !== props.me)))
      .catch(() => {});
  }, [props.me]);
  useEffect(() => {
    if (box === "sent") listMessages("sent").then(setSent).catch(() => {});
  }, [box]);
  const name = (id: string) => {
    const u = people.find((p) => p.id === id);
    return u ? (u.displayName ? `${u.displayName} (${u.username})` : u.username) : id.slice(0, 8);
  };
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!to || !body.trim()) return;
    try {
      const m = await sendMessage(to, body.trim());
      setBody("");
      setSent((s) => [m, ...s]);
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  const list = box === "inbox" ? props.inbox : sent;

  return (
    <section className="panel grow" data-testid="messages-panel">
      <h2>
        <T k="messages" />
        <span className="spacer" />
        {(["inbox", "sent"] as const).map((b) => (
          <button type="button" key={b} className={box === b ? "tab-mini on" : "tab-mini"} onClick={() => setBox(b)}>
            <T k={b} />
          </button>
        ))}
      </h2>
      <form className="compose" onSubmit={(e) => void send(e)}>
        <select value={to} onChange={(e) => setTo(e.target.value)} aria-label={L("to")} data-testid="msg-to">
          <option value="">{L("to")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName ? `${p.displayName} (${p.username})` : p.username}
            </option>
          ))}
        </select>
        <input value={body} onChange={(e) => setBody(e.target.value)} placeholder={L("message_body")} maxLength={10000} data-testid="msg-body" />
        <button type="submit" className="primary" disabled={!to || !body.trim()} data-testid="msg-send">
          <T k="send" />
        </button>
        {error ? <span className="error small">{error}</span> : null}
      </form>
      <ul className="msg-list" data-testid={`msg-${box}`}>
        {list.length === 0 ? (
          <li className="muted">
            <T k="no_messages" />
          </li>
        ) : null}
        {list.map((m) => (
          <li key={m.id} className={box === "inbox" && !m.readAt ? "unread" : ""} data-testid="msg-item">
            <div className="small muted">
              <span className="mono">{dateTime(Date.parse(m.createdAt))}</span> · {box === "inbox" ? name(m.fromUserId) : `→ ${name(m.toUserId)}`}
            </div>
            <div className="msg-body">{m.body}</div>
            {box === "inbox" && !m.readAt ? (
              <button
                type="button"
                className="link"
                onClick={() => {
                  void markMessageRead(m.id).then(() => props.onRead(m.id), () => {});
                }}
                data-testid="msg-read"
              >
                <T k="mark_read" />
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
