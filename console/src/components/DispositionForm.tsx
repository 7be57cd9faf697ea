// 处理结果: the disposition code and call notes of one call. Used in the call (CallPanel) and in
// after-call work; saving again replaces the previous choice.
import { useEffect, useState } from "react";
import { ApiError, type Disposition, type DispositionCode, getDisposition, setDisposition } from "../api.ts";
import { T, useLabel } from "../ui.tsx";

export function DispositionForm(props: { callId: string; codes: readonly DispositionCode[]; onSaved?: (d: Disposition) => void }) {
  const L = useLabel();
  const [code, setCode] = useState("");
  const [notes, setNotes] = useState("");
  const [saved, setSaved] = useState<Disposition | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A call may already have one (set during the call, shown again in after-call work).
  useEffect(() => {
    let live = true;
    setCode("");
    setNotes("");
    setSaved(null);
    setError(null);
    getDisposition(props.callId)
      .then((d) => {
        if (!live || !d) return;
        setSaved(d);
        setCode(d.code);
        setNotes(d.notes);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [props.callId]);

  const save = async () => {
    if (!code) {
      setError(L("choose_disposition"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const d = await setDisposition(props.callId, code, notes);
      setSaved(d);
      props.onSaved?.(d);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : L("err_network"));
    } finally {
      setBusy(false);
    }
  };

  const dirty = !saved || saved.code !== code || saved.notes !== notes;
  return (
    <div className="disposition" data-testid="disposition" data-saved={saved?.code ?? ""}>
      <div className="head">
        <T k="disposition" />
      </div>
      <div className="chips" role="radiogroup" aria-label={L("disposition")}>
        {props.codes.map((c) => (
          <button
            type="button"
            key={c.code}
            role="radio"
            aria-checked={code === c.code}
            className={code === c.code ? "chip on" : "chip"}
            onClick={() => setCode(c.code)}
            data-testid={`disp-${c.code}`}
          >
            {c.label}
          </button>
        ))}
      </div>
      <textarea
        rows={2}
        placeholder={L("disposition_notes")}
        value={notes}
        maxLength={4000}
        onChange={(e) => setNotes(e.target.value)}
        data-testid="disp-notes"
      />
      <div className="row">
        <button type="button" className="primary" disabled={busy || !dirty} onClick={() => void save()} data-testid="disp-save">
          <T k="save" />
        </button>
        {saved && !dirty ? (
          <span className="ok small" data-testid="disp-saved">
            ✓ <T k="disposition_saved" />: {saved.label}
          </span>
        ) : null}
        {error ? (
          <span className="error small" role="alert">
            {error}
          </span>
        ) : null}
      </div>
    </div>
  );
}
