import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  type Agent,
  ApiError,
  type Call,
  type Customer,
  type CustomerInfo,
  type DispositionCode,
  type Message,
  type Reminder,
  type UserNotice,
  canSuperviseRole,
  listDispositionCodes,
  listMessages,
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
import { AfterCallWork } from "./components/AfterCallWork.tsx";
import { AgentBar } from "./components/AgentBar.tsx";
import { CallPanel } from "./components/CallPanel.tsx";
import { CrmView } from "./components/CrmView.tsx";
import { MessagesPanel } from "./components/MessagesPanel.tsx";
import { NoticesPanel } from "./components/NoticesPanel.tsx";
import { ReminderPopup } from "./components/ReminderPopup.tsx";
import { RemindersPanel } from "./components/RemindersPanel.tsx";
import { VoicemailView } from "./components/VoicemailView.tsx";
import { AgentsTable } from "./components/AgentsTable.tsx";
import { CdrList } from "./components/CdrList.tsx";
import { LiveCalls } from "./components/LiveCalls.tsx";
import { Login } from "./components/Login.tsx";
import { ScreenPop } from "./components/ScreenPop.tsx";
import { ShortcutHelp } from "./components/ShortcutHelp.tsx";
import { SoftphonePanel } from "./components/Softphone.tsx";
import { TransferPanel } from "./components/TransferPanel.tsx";
import { QueueTable, SupervisorWall } from "./components/SupervisorWall.tsx";
import { type Key, type Lang, label, otherLangName, parseLang, short } from "./i18n.ts";
import { type LiveState, applyEvent, emptyLive, isRinging, liveCalls, myCall, queueStatsView, sortedAgents, statusCounts } from "./live.ts";
import { askNotifyPermission, notify } from "./notify.ts";
import { startRing, stopRing } from "./ring.ts";
import { shortcutFor } from "./shortcuts.ts";
import { type Device, loadDevice, saveDevice, useSoftphone } from "./softphone/useSoftphone.ts";
import { LangContext, QueuesContext, T, useNow } from "./ui.tsx";
import { addDueReminder, ringNotification, unreadCount, upsertMessage } from "./workspace.ts";

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

type Tab = "desk" | "wall" | "cdr" | "crm" | "voicemail" | "inbox";
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
  // Control's reason next to a toast (e.g. why a click-to-dial was refused).
  const [toastDetail, setToastDetail] = useState("");
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
  const [codes, setCodes] = useState<DispositionCode[]>([]);
  const [inbox, setInbox] = useState<Message[]>([]);
  const [dueReminders, setDueReminders] = useState<Reminder[]>([]);
  // Customers created from the screen pop's form, by call id (the pushed call still says "unknown").
  const [created, setCreated] = useState<Record<string, CustomerInfo>>({});
  const [openCustomer, setOpenCustomer] = useState<string | null>(null);
  const [workSeq, setWorkSeq] = useState(0);

  const onNotice = useCallback((n: UserNotice) => {
    if (n.type === "message") {
      setInbox((l) => upsertMessage(l, n.message));
      setToast("new_message");
    } else if (n.type === "reminder") setDueReminders((l) => addDueReminder(l, n.reminder));
    else setWorkSeq((x) => x + 1);
  }, []);

  const { onSignal, onSocket } = phone;
  useEffect(() => {
    const stop = connectEvents({
      onEvent: (ev) => dispatch({ kind: "event", ev }),
      onStatus: setConnected,
      onSignal,
      onSocket,
      onNotice,
    });
    listDispositionCodes()
      .then(setCodes)
      .catch(() => {});
    listMessages("inbox")
      .then((m) => setInbox((l) => m.reduce(upsertMessage, l)))
      .catch(() => {});
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
  }, [onSignal, onSocket, onNotice]);

  const agents = useMemo(() => sortedAgents(live), [live]);
  const calls = useMemo(() => liveCalls(live), [live]);
  const counts = useMemo(() => statusCounts(live), [live]);
  const myAgent: Agent | null = user.agentId ? (live.agents[user.agentId] ?? null) : null;
  const live0 = myCall(live, user.agentId);
  const extra = live0 ? created[live0.callId] : undefined;
  const mine: Call | null = live0 && extra ? { ...live0, customer: extra } : live0;
  // The call the agent just finished, for after-call work.
  const lastCallRef = useRef<Call | null>(null);
  if (mine) lastCallRef.current = mine;
  const mineRefForNotify = useRef(mine);
  mineRefForNotify.current = mine;

  // Ring while a call is offered to me; a desktop notification when permitted.
  // A click-to-dial call is "offered" while the destination rings: the agent placed it, nothing rings here.
  const ringingCall = isRinging(mine) ? mine : null;
  const ringingFrom = ringingCall ? ringingCall.caller : null;
  const ringingId = ringingCall ? ringingCall.callId : null;
  const popKnown = ringingCall ? ringingCall.customer !== undefined : false;
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: popKnown re-shows it with the customer once the screen pop arrived
  useEffect(() => {
    const c = mineRefForNotify.current;
    if (!ringingId || !c) return;
    const n = ringNotification(c, props.lang);
    return notify(n.title, n.body, ringingId);
  }, [ringingId, popKnown, props.lang]);

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
        case "tab_crm":
          setTab("crm");
          break;
        case "tab_voicemail":
          setTab("voicemail");
          break;
        case "tab_inbox":
          setTab("inbox");
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
    { id: "crm", k: "tab_crm", hint: "Alt+4" },
    { id: "voicemail", k: "tab_voicemail", hint: "Alt+5" },
    { id: "inbox", k: "tab_inbox", hint: "Alt+6" },
  ];
  const unread = unreadCount(inbox, user.id);
  const onDial = useCallback((ok: boolean, detail?: string) => {
    setToast(ok ? "dialing" : "dial_failed");
    setToastDetail(detail ?? "");
  }, []);
  const openCustomerTab = useCallback((id: string) => {
    setOpenCustomer(id);
    setTab("crm");
  }, []);
  const onCustomerCreated = useCallback((c: Customer) => {
    const callId = mineRef.current?.callId;
    if (!callId) return;
    setCreated((m) => ({ ...m, [callId]: { id: c.id, name: c.name, phone: c.phones[0], company: c.company, vipLevel: c.vipLevel, notes: c.notes } }));
    setToast("customer_created");
  }, []);
  const status = myAgent?.status;

  return (
    <QueuesContext.Provider value={queues}>
      {/* The first click anywhere may ask for notification permission (browsers require a gesture). */}
      <div className="app" onClickCapture={askNotifyPermission}>
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
                title={`${label(t.k, props.lang)} (${t.hint})`}
                data-testid={`tab-${t.id}`}
              >
                {short(t.k, props.lang)}
                {t.id === "inbox" && unread > 0 ? (
                  <span className="badge-count" data-testid="unread-badge">
                    {unread}
                  </span>
                ) : null}
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
                {mine ? <ScreenPop call={mine} now={now} onCustomerCreated={onCustomerCreated} /> : null}
                {/* Transfer / consult / conference: pass the TransferPanel as CallPanel's `transfer` prop (shown in its slot). */}
                {mine && mine.phase === "answered" ? (
                  <CallPanel call={mine} codes={codes} customerId={mine.customer?.id ?? null} onError={() => setToast("err_generic")} />
                ) : null}
                {!mine && status === "wrap_up" && myAgent ? (
                  <AfterCallWork
                    agent={myAgent}
                    lastCall={lastCallRef.current}
                    codes={codes}
                    now={now}
                    wrapUpS={wrapUpFor(myAgent, queues)}
                    busy={busy}
                    onReady={() => void changeState("ready")}
                  />
                ) : null}
                {mine?.phase === "answered" ? null : (
                  <>
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
                  </>
                )}
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
          {tab === "crm" ? <CrmView agentId={user.agentId} openCustomerId={openCustomer} onDial={onDial} refreshKey={`${workSeq}.${live.cdrSeq}`} /> : null}
          {tab === "voicemail" ? <VoicemailView agentId={user.agentId} onDial={onDial} refreshKey={live.cdrSeq} /> : null}
          {tab === "inbox" ? (
            <div className="inbox">
              <MessagesPanel me={user.id} inbox={inbox} onRead={(id) => setInbox((l) => l.map((m) => (m.id === id ? { ...m, readAt: new Date().toISOString() } : m)))} />
              <div className="col-side">
                <NoticesPanel refreshKey={workSeq} />
                <RemindersPanel refreshKey={dueReminders.length} />
              </div>
            </div>
          ) : null}
        </main>
        {toast ? (
          <div className="toast" role="status" data-testid="toast">
            <T k={toast} />
            {toastDetail && toast === "dial_failed" ? <div className="small">{toastDetail}</div> : null}
          </div>
        ) : null}
        {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
        <ReminderPopup
          reminders={dueReminders}
          onClose={(id) => setDueReminders((l) => l.filter((r) => r.id !== id))}
          onOpenCustomer={(id) => openCustomerTab(id)}
        />
      </div>
    </QueuesContext.Provider>
  );
}
