// 公告: notices from managers (expired ones are hidden by control).
import { useEffect, useState } from "react";
import { type Notice, listNotices } from "../api.ts";
import { dateTime } from "../format.ts";
import { T } from "../ui.tsx";

export function NoticesPanel(props: { refreshKey: unknown }) {
  const [rows, setRows] = useState<Notice[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the trigger
  useEffect(() => {
    listNotices()
      .then(setRows)
      .catch(() => {});
  }, [props.refreshKey]);
  return (
    <section className="panel" data-testid="notices-panel">
      <h2>
        <T k="notices" /> <span className="count">{rows.length}</span>
      </h2>
      <ul className="msg-list">
        {rows.length === 0 ? (
          <li className="muted">
            <T k="no_notices" />
          </li>
        ) : null}
        {rows.map((n) => (
          <li key={n.id} data-testid="notice-item">
            <div>
              <b>{n.title}</b> <span className="small muted mono">{dateTime(Date.parse(n.createdAt))}</span>
            </div>
            {n.body ? <div className="msg-body">{n.body}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
