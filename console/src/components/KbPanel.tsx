// 知识库 / 话术: search the knowledge base during a call; an article's body is the standard answer to read out.
import { useEffect, useState } from "react";
import { type KbArticle, searchKb } from "../api.ts";
import { kbSnippet } from "../workspace.ts";
import { T, useLabel } from "../ui.tsx";

export function KbPanel(props: { initialQuery?: string }) {
  const L = useLabel();
  const [q, setQ] = useState(props.initialQuery ?? "");
  const [rows, setRows] = useState<KbArticle[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  // Debounced search as the agent types.
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      searchKb(q, 10)
        .then((r) => live && setRows(r.filter((a) => a.published)))
        .catch(() => live && setRows([]));
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q]);

  const copy = (a: KbArticle) => {
    void navigator.clipboard?.writeText(a.body).then(
      () => setCopied(a.id),
      () => {},
    );
  };

  return (
    <div className="kb" data-testid="kb-panel">
      <div className="head">
        <T k="kb" />
      </div>
      <input type="search" value={q} placeholder={L("kb_search")} onChange={(e) => setQ(e.target.value)} data-testid="kb-search" />
      <ul className="kb-list">
        {rows?.length === 0 ? (
          <li className="muted small">
            <T k="kb_empty" />
          </li>
        ) : null}
        {(rows ?? []).map((a) => (
          <li key={a.id} className={openId === a.id ? "open" : ""} data-testid="kb-item">
            <button type="button" className="kb-title" onClick={() => setOpenId(openId === a.id ? null : a.id)}>
              {a.title}
            </button>
            {openId === a.id ? (
              <div className="kb-answer" data-testid="kb-answer">
                <p>{a.body}</p>
                <button type="button" className="link" onClick={() => copy(a)}>
                  <T k={copied === a.id ? "copied" : "copy"} />
                </button>
              </div>
            ) : (
              <div className="small muted">{kbSnippet(a.body, q, 60)}</div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
