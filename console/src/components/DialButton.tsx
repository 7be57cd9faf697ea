// 点击外呼: rings the agent's own phone first, then dials the number (POST /calls/originate).
// Given a customer instead of a number (e.g. on a ticket), it dials the customer's first phone.
import { useState } from "react";
import { ApiError, getCustomer, originate } from "../api.ts";
import { dialable } from "../workspace.ts";
import { T, useLabel } from "../ui.tsx";

export function DialButton(props: {
  number?: string;
  /** Dial this customer's first phone (looked up on click). */
  customerId?: string | null;
  agentId: string | null;
  onResult: (ok: boolean, detail?: string) => void;
}) {
  const L = useLabel();
  const [busy, setBusy] = useState(false);
  const n = props.number !== undefined ? dialable(props.number) : null;
  if (!props.agentId || (!n && !props.customerId)) return null;
  const agentId = props.agentId;
  const customerId = props.customerId;
  const go = async () => {
    let target = n;
    if (!target && customerId) target = dialable((await getCustomer(customerId)).phones[0] ?? "");
    if (!target) throw new ApiError(400, "no_number", L("no_number"));
    await originate(agentId, target);
  };
  return (
    <button
      type="button"
      className="dial"
      disabled={busy}
      title={`${L("dial")} ${n ?? ""}`.trim()}
      data-testid={n ? `dial-${n}` : `dial-customer-${customerId}`}
      onClick={() => {
        setBusy(true);
        go()
          .then(() => props.onResult(true))
          .catch((e) => props.onResult(false, e instanceof ApiError ? e.message : ""))
          .finally(() => setBusy(false));
      }}
    >
      ☎ <T k="dial" />
    </button>
  );
}
