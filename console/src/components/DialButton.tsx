// 点击外呼: rings the agent's own phone first, then dials the number (POST /calls/originate).
import { useState } from "react";
import { ApiError, originate } from "../api.ts";
import { dialable } from "../workspace.ts";
import { T, useLabel } from "../ui.tsx";

export function DialButton(props: { number: string; agentId: string | null; onResult: (ok: boolean, detail?: string) => void }) {
  const L = useLabel();
  const [busy, setBusy] = useState(false);
  const n = dialable(props.number);
  if (!props.agentId || !n) return null;
  const agentId = props.agentId;
  return (
    <button
      type="button"
      className="dial"
      disabled={busy}
      title={`${L("dial")} ${n}`}
      data-testid={`dial-${n}`}
      onClick={() => {
        setBusy(true);
        originate(agentId, n)
          .then(() => props.onResult(true))
          .catch((e) => props.onResult(false, e instanceof ApiError ? e.message : ""))
          .finally(() => setBusy(false));
      }}
    >
      ☎ <T k="dial" />
    </button>
  );
}
