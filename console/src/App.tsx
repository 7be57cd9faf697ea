import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  type Agent,
  ApiError,
  canSuperviseRole,
  type LoginResult,
  type QueueInfo,
  type ServerEvent,
  type User,
  answerCall,
  connectEvents,
  hangupCall,
  holdCall,
  listAgents,
  listCalls,
  listQueues,
  me,
  setAgentState,
  setTenantScope,
  setToken,
  setUnauthorizedHandler,
} from "./api.ts";
import { AgentBar } from "./components/AgentBar.tsx";
import { AgentsTable } from "./components/AgentsTable.tsx";
import { CdrList } from "./components/CdrList.tsx";
import { LiveCalls } from "./components/LiveCalls.tsx";
import { Login } from "./components/Login.tsx";
import { ScreenPop } from "./components/ScreenPop.tsx";
import { ShortcutHelp } from "./components/ShortcutHelp.tsx";
import { SoftphonePanel } from "./components/Softphone.tsx";
import { TransferPanel } from "./components/TransferPanel.tsx";
import { QueueTable, SupervisorWall } from "./components/SupervisorWall.tsx";
import { type Key, type Lang, label, otherLangName, parseLang } from "./i18n.ts";
import { type LiveState, applyEvent, emptyLive, liveCalls, myCall, queueStatsView, sortedAgents, statusCounts } from "./live.ts";
import { startRing, stopRing } from "./ring.ts";
import { shortcutFor } from "./shortcuts.ts";
import { type Device, loadDevice, saveDevice, useSoftphone } from "./softphone/useSoftphone.ts";
import { LangContext, QueuesContext, T, useNow } from "./ui.tsx";

const SESSION_KEY = "sb.session";
const LANG_KEY = "sb.lang";
const TENANT_KEY = "sb.tenant";

// sessionStorage: each tab is its own login, so two agents can share a browser (training, tests).
function loadSession(): LoginResult | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as LoginResult;
    return s && typeof s.token === "string" && s.user ? s : null;
  } catch {
    return null;
  }
}

export function App() {
  const [lang, setLang] = useState<Lang>(() => parseLang(localStorage.getItem(LANG_KEY)));
  const [session, setSession] = useState<LoginResult | null>(() => {
    const s = loadSession();
    if (s) setToken(s.token);
    return s;
  });
  const [notice, setNotice] = useState<Key | null>(null);
  // Platform admins pick the tenant they act on (control's ?tenant=<slug>).
  const [scope, setScope] = useState<string | null>(() => {
    const t = sessionStorage.getItem(TENANT_KEY);
    setTenantScope(t);
    return t;
  });
  const chooseScope = useCallback((slug: string | null) => {
    if (slug) sessionStorage.setItem(TENANT_KEY, slug);
    else sessionStorage.removeItem(TENANT_KEY);
    setTenantScope(slug);
    setScope(slug);
  }, []);

  useEffect(() => {
    localStorage.setItem(LANG_KEY, lang);
    document.documentElement.lang = lang;
    document.title = `Switchboard ${label("app_title", lang)}`;
  }, [lang]);
  const toggleLang = useCallback(() => setLang((l) => (l === "en" ? "zh-CN" : "en")), []);

  const logout = useCallback((why: Key | null) => {
    sessionStorage.removeItem(SESSION_KEY);
    sessionStorage.removeItem(TENANT_KEY);
    setTenantScope(null);
    setScope(null);
    setToken(null);
    setSession(null);
    setNotice(why);
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => logout("err_session"));
    return () => setUnauthorizedHandler(null);
  }, [logout]);

  const onLoggedIn = useCallback((r: LoginResult) => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(r));
    setToken(r.token);
    setNotice(null);
    setSession(r);
  }, []);

  return (
    <LangContext.Provider value={lang}>
      {session && !session.user.tenantId && !scope ? (
        <TenantPicker onPick={chooseScope} onExit={() => logout(null)} />
      ) : session ? (
        <Desk
          key={scope ?? ""}
          user={session.user}
          lang={lang}
          onToggleLang={toggleLang}
          onExit={() => logout(null)}
          onSwitchTenant={session.user.tenantId ? null : () => chooseScope(null)}
        />
      ) : (
        <Login onLoggedIn={onLoggedIn} notice={notice} lang={lang} onToggleLang={toggleLang} />
      )}
    </LangContext.Provider>
  );
}

/** The wrap-up seconds configured on the agent's queues (the longest), if any. */
function wrapUpFor(agent: Agent | null, queues: Readonly<Record<string, QueueInfo>>): number | undefined {
  let best: number | undefined;
  for (const id of agent?.queueIds ?? []) {
    const w = queues[id]?.wrapupS;
    if (w != null && (best === undefined || w > best)) best = w;
  }
  return best;
}

function TenantPicker(props: { onPick: (slug: string) => void; onExit: () => void }) {
  const [slug, setSlug] = useState("");
  return (
    <div className="login-page">
      <form
        className="login-card"
        data-testid="tenant-picker"
        onSubmit={(e) => {
          e.preventDefault();
          if (slug.trim()) props.onPick(slug.trim());
        }}
      >
        <h1>
          <T k="choose_tenant" />
        </h1>
        <label>
          <span>
            <T k="tenant_slug" />
          </span>
          <input data-testid="tenant-slug" autoFocus value={slug} onChange={(e) => setSlug(e.target.value)} />
        </label>
        <button type="submit" className="primary big" disabled={!slug.trim()}>
          <T k="ok" />
        </button>
        <button type="button" className="link" onClick={props.onExit}>
          <T k="exit" />
        </button>
      </form>
    </div>
  );
}

type Tab = "desk" | "wall" | "cdr";
type LiveAction = { kind: "event"; ev: ServerEvent } | { kind: "rest"; ev: ServerEvent };

function liveReducer(s: LiveState, a: LiveAction): LiveState {
  // A REST preload only fills the page while the socket has not delivered anything yet.
  if (a.kind === "rest" && s.seq > 0) return s;
  return applyEvent(s, a.ev);
}

function Desk(props: { user: User; lang: Lang; onToggleLang: () => void; onExit: () => void; onSwitchTenant: (() => void) | null }) {
  const { user } = props;
  const [live, dispatch] = useReducer(liveReducer, undefined, emptyLive);
  const [connected, setConnected] = useState(false);
  const [tab, setTab] = useState<Tab>("desk");
  const [help, setHelp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [stateError, setStateError] = useState<{ key: Key; detail: string } | null>(null);
  const [toast, setToast] = useState<Key | null>(null);
  const [tenantName, setTenantName] = useState<string | null>(null);
  const [queues, setQueues] = useState<Record<string, QueueInfo>>({});
  const now = useNow(1000);
  const [device, setDeviceState] = useState<Device>(loadDevice);
  const setDevice = useCallback((d: Device) => {
    saveDevice(d);
    setDeviceState(d);
  }, []);
  const phone = useSoftphone(device === "webrtc" && !!user.agentId);
  const [held, setHeld] = useState(false);

  const { onSignal, onSocket } = phone;
  useEffect(() => {
    const stop = connectEvents({
      onEvent: (ev) => dispatch({ kind: "event", ev }),
      onStatus: setConnected,
      onSignal,
      onSocket,
    });
    // Preload over REST so the page is not empty if the socket is slow to open.
    listQueues()
      .then((qs) => setQueues(Object.fromEntries(qs.map((q) => [q.id, q]))))
      .catch(() => {});
    Promise.all([listAgents(), listCalls()])
      .then(([agents, calls]) => dispatch({ kind: "rest", ev: { type: "snapshot", agents, calls } }))
      .catch(() => {});
    // Validates a token restored from sessionStorage (a 401 sends the user back to the login page)
    // and names the tenant in the header.
    me()
      .then((r) => setTenantName(r.tenant?.name ?? r.tenant?.slug ?? null))
      .catch(() => {});
    return stop;
  }, [onSignal, onSocket]);

  const agents = useMemo(() => sortedAgents(live), [live]);
  const calls = useMemo(() => liveCalls(live), [live]);
  const counts = useMemo(() => statusCounts(live), [live]);
  const myAgent: Agent | null = user.agentId ? (live.agents[user.agentId] ?? null) : null;
  const mine = myCall(live, user.agentId);

  // Ring while a call is offered to me.
  const ringing = mine?.phase === "offered";
  const ringingFrom = ringing ? mine.caller : null;
  useEffect(() => {
    if (!ringingFrom) {
      stopRing();
      return;
    }
    startRing();
    // The title shows the call when the console is a background tab.
    const title = document.title;
    document.title = `☎ ${label("incoming", props.lang)} ${ringingFrom}`;
    return () => {
      stopRing();
      document.title = title;
    };
  }, [ringingFrom, props.lang]);

  const changeState = useCallback(
    async (status: "ready" | "not_ready" | "logged_out", reason?: string) => {
      if (!user.agentId) return;
      setBusy(true);
      setStateError(null);
      try {
        const r = await setAgentState(user.agentId, status, reason);
        // If control answers with the agent, apply it now; the WS event will confirm it.
        if (r && typeof r === "object" && "status" in r) {
          dispatch({ kind: "event", ev: { type: "agent", agentId: user.agentId, ...(r as Partial<Agent>) } });
        }
      } catch (e) {
        setStateError(e instanceof ApiError ? { key: "err_generic", detail: e.message } : { key: "err_network", detail: "" });
      } finally {
        setBusy(false);
      }
    },
    [user.agentId],
  );

  const force = useCallback(async (agentId: string, status: "ready" | "not_ready" | "logged_out", reason?: string) => {
    try {
      await setAgentState(agentId, status, reason);
    } catch {
      setToast("err_generic");
    }
  }, []);
  const supervisor = canSuperviseRole(user.role);

  // Answer/hang up act on my call through control (docs/webrtc.md); media is already up on the softphone.
  const mineRef = useRef(mine);
  mineRef.current = mine;
  const answer = useCallback(async () => {
    const c = mineRef.current;
    if (device !== "webrtc") {
      setToast("use_sip_phone");
      return;
    }
    if (c?.phase !== "offered") return;
    if (phone.state !== "connected") {
      setToast("softphone_not_ready");
      return;
    }
    try {
      await answerCall(c.callId);
    } catch {
      setToast("err_generic");
    }
  }, [device, phone.state]);
  const hangup = useCallback(async () => {
    const c = mineRef.current;
    if (!c || (c.phase !== "offered" && c.phase !== "answered")) return;
    try {
      await hangupCall(c.callId);
    } catch {
      setToast("err_generic");
    }
  }, []);
  const hold = useCallback(async (on: boolean) => {
    const c = mineRef.current;
    if (c?.phase !== "answered") return;
    try {
      await holdCall(c.callId, on);
      setHeld(on);
    } catch {
      setToast("err_generic");
    }
  }, []);
  // A new call starts un-held.
  const myCallId = mine?.callId;
  const lastCallId = useRef(myCallId);
  if (lastCallId.current !== myCallId) {
    lastCallId.current = myCallId;
    if (held) setHeld(false);
  }
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(null), 4000);
    return () => clearTimeout(t);
  }, [toast]);

  // Keyboard shortcuts (documented in shortcuts.ts and the F1 overlay).
  const handlers = useRef({ changeState, answer, hangup, toggle: props.onToggleLang });
  handlers.current = { changeState, answer, hangup, toggle: props.onToggleLang };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setHelp(false);
        return;
      }
      const el = e.target as HTMLElement | null;
      const editable = !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
      const action = shortcutFor(e, editable);
      if (!action) return;
      e.preventDefault();
      const h = handlers.current;
      switch (action) {
        case "ready":
          void h.changeState("ready");
          break;
        case "not_ready":
          void h.changeState("not_ready", "break");
          break;
        case "answer":
          void h.answer();
          break;
        case "hangup":
          void h.hangup();
          break;
        case "lang":
          h.toggle();
          break;
        case "help":
          setHelp((v) => !v);
          break;
        case "tab_desk":
          setTab("desk");
          break;
        case "tab_wall":
          setTab("wall");
          break;
        case "tab_cdr":
          setTab("cdr");
          break;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const tabs: { id: Tab; k: Key; hint: string }[] = [
    { id: "desk", k: "tab_desk", hint: "Alt+1" },
    { id: "wall", k: "tab_wall", hint: "Alt+2" },
    { id: "cdr", k: "tab_cdr", hint: "Alt+3" },
  ];

  return (
    <QueuesContext.Provider value={queues}>
      <div className="app">
        <header className="top">
          <div className="brand">
            Switchboard <span className="muted">
              <T k="app_title" />
            </span>
          </div>
          <nav className="tabs">
            {tabs.map((t) => (
              <button
                type="button"
                key={t.id}
                className={tab === t.id ? "tab on" : "tab"}
                onClick={() => setTab(t.id)}
                title={t.hint}
                data-testid={`tab-${t.id}`}
              >
                <T k={t.k} />
              </button>
            ))}
          </nav>
          <span className="spacer" />
          <span className={connected ? "conn on" : "conn off"} data-testid="ws-status" data-connected={connected}>
            <span className="dot" />
            <T k={connected ? "online" : "reconnecting"} />
          </span>
          {live.coreLive === false ? (
            <span className="conn off" data-testid="core-offline">
              <T k="core_offline" />
            </span>
          ) : null}
          <span className="who" data-testid="current-user">
            {user.username}
            <span className="muted">
              {" "}
              · {user.role}
              {tenantName ? ` · ${tenantName}` : ""}
            </span>
          </span>
          <button type="button" className="link" onClick={props.onToggleLang} data-testid="lang-toggle" title="Alt+L">
            {otherLangName(props.lang)}
          </button>
          {props.onSwitchTenant ? (
            <button type="button" className="link" onClick={props.onSwitchTenant} data-testid="switch-tenant">
              <T k="choose_tenant" />
            </button>
          ) : null}
          <button type="button" onClick={props.onExit} data-testid="exit">
            <T k="exit" />
          </button>
        </header>
        <AgentBar
          agent={myAgent}
          isAgent={!!user.agentId}
          call={mine}
          now={now}
          wrapUpS={wrapUpFor(myAgent, queues)}
          busy={busy}
          error={stateError}
          onState={(s, r) => void changeState(s, r)}
          onAnswer={() => void answer()}
          onHangup={() => void hangup()}
          onHelp={() => setHelp(true)}
        />
        <main className="content">
          {tab === "desk" ? (
            <div className="desk">
              <div className="col-main">
                {mine ? <ScreenPop call={mine} now={now} /> : null}
                <section className="panel">
                  <h2>
                    <T k="live_calls" /> <span className="count">{calls.length}</span>
                  </h2>
                  <LiveCalls calls={calls} agents={live.agents} now={now} myAgentId={user.agentId} />
                </section>
                <section className="panel grow">
                  <h2>
                    <T k="recent_cdrs" />
                  </h2>
                  <CdrList compact agents={live.agents} refreshKey={live.cdrSeq} />
                </section>
              </div>
              <div className="col-side">
                {user.agentId ? (
                  <SoftphonePanel phone={phone} device={device} onDevice={setDevice} call={mine} onHold={(on) => void hold(on)} held={held} />
                ) : null}
                {user.agentId && mine?.phase === "answered" && !mine.ivr?.consult_of ? (
                  <TransferPanel call={mine} agents={agents} queues={Object.values(queues)} myAgentId={user.agentId} />
                ) : null}
                <section className="panel">
                  <h2>
                    <T k="queues" />
                  </h2>
                  <QueueTable queues={queueStatsView(live, now)} testId="desk-queues" compact />
                </section>
                <section className="panel grow">
                  <h2>
                    <T k="agents" />{" "}
                    <span className="count">
                      {counts.signedIn}/{counts.total}
                    </span>
                  </h2>
                  <AgentsTable agents={agents} now={now} myAgentId={user.agentId} />
                </section>
              </div>
            </div>
          ) : null}
          {tab === "wall" ? (
            <SupervisorWall
              agents={agents}
              queues={queueStatsView(live, now)}
              counts={counts}
              now={now}
              onForce={supervisor ? (id, st, r) => void force(id, st, r) : null}
            />
          ) : null}
          {tab === "cdr" ? (
            <section className="panel grow">
              <h2>
                <T k="cdrs" />
              </h2>
              <CdrList agents={live.agents} refreshKey={live.cdrSeq} />
            </section>
          ) : null}
        </main>
        {toast ? (
          <div className="toast" role="status" data-testid="toast">
            <T k={toast} />
          </div>
        ) : null}
        {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
      </div>
    </QueuesContext.Provider>
  );
}
