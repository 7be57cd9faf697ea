import { type FormEvent, useState } from "react";
import { ApiError, type LoginResult, login } from "../api.ts";
import { type Key, type Lang, otherLangName } from "../i18n.ts";
import { T } from "../ui.tsx";

function errorKey(e: unknown): Key {
  if (e instanceof ApiError) {
    if (e.status === 401 || e.status === 403) return "err_401";
    if (e.status === 423) return "err_423";
    if (e.status === 429) return "err_429";
    return "err_generic";
  }
  return "err_network";
}

export function Login(props: { onLoggedIn: (r: LoginResult) => void; notice: Key | null; lang: Lang; onToggleLang: () => void }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [tenant, setTenant] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ key: Key; detail: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !username || !password) return;
    setBusy(true);
    setError(null);
    try {
      const r = await login(username.trim(), password, tenant.trim() || undefined);
      props.onLoggedIn(r);
    } catch (err) {
      setError({ key: errorKey(err), detail: err instanceof ApiError ? err.message : "" });
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={submit} data-testid="login-form">
        <div className="login-head">
          <div className="brand">Switchboard</div>
          <button type="button" className="link" onClick={props.onToggleLang} data-testid="lang-toggle">
            {otherLangName(props.lang)}
          </button>
        </div>
        <h1>
          <T k="login_title" />
        </h1>
        {props.notice ? (
          <div className="notice">
            <T k={props.notice} />
          </div>
        ) : null}
        <label>
          <span>
            <T k="username" />
          </span>
          <input
            data-testid="login-username"
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          <span>
            <T k="password" />
          </span>
          <input
            data-testid="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <label>
          <span>
            <T k="tenant" />
          </span>
          <input data-testid="login-tenant" name="tenant" value={tenant} onChange={(e) => setTenant(e.target.value)} />
        </label>
        {error ? (
          <div className="error" role="alert" data-testid="login-error">
            <T k={error.key} />
            {error.detail && error.key === "err_generic" ? <span className="detail"> ({error.detail})</span> : null}
          </div>
        ) : null}
        <button type="submit" className="primary big" disabled={busy || !username || !password} data-testid="login-submit">
          <T k={busy ? "login_busy" : "login"} />
        </button>
      </form>
    </div>
  );
}
