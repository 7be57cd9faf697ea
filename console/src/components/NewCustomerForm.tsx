// 新客户: an unknown caller's number prefilled; saving creates the customer record and links it to the call.
import { type FormEvent, useState } from "react";
import { ApiError, type Customer, createCustomer } from "../api.ts";
import { T, useLabel } from "../ui.tsx";

export function NewCustomerForm(props: { phone: string; onCreated: (c: Customer) => void }) {
  const L = useLabel();
  const [name, setName] = useState("");
  const [phone, setPhone] = useState(props.phone);
  const [company, setCompany] = useState("");
  const [notes, setNotes] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const c = await createCustomer({ name: name.trim(), phones: phone.trim() ? [phone.trim()] : [], company: company.trim(), notes: notes.trim() });
      props.onCreated(c);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : L("err_network"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="new-customer" data-testid="pop-new-customer" onSubmit={(e) => void submit(e)}>
      <div className="head">
        <T k="new_customer" />
      </div>
      <input placeholder={L("name")} value={name} onChange={(e) => setName(e.target.value)} data-testid="pop-new-name" />
      <input className="mono" value={phone} onChange={(e) => setPhone(e.target.value)} data-testid="pop-new-phone" aria-label={L("phone")} />
      <input placeholder={L("company")} value={company} onChange={(e) => setCompany(e.target.value)} data-testid="pop-new-company" />
      <input placeholder={L("notes")} value={notes} onChange={(e) => setNotes(e.target.value)} data-testid="pop-new-notes" />
      <button type="submit" className="primary" disabled={busy || !name.trim()} data-testid="pop-new-save">
        <T k="save" />
      </button>
      {error ? (
        <span className="error small" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
