// React glue for the softphone session: one SoftphoneSession per desk, fed by
// the event stream (onSignal/onSocket go into connectEvents' options).
import { useCallback, useEffect, useRef, useState } from "react";
import { SoftphoneSession } from "./session.ts";
import { type PhoneState, parseSignal } from "./signal.ts";

export type Device = "webrtc" | "sip";
const DEVICE_KEY = "sb.device";
// Per tab (sessionStorage): a reload of this tab resumes its session; another tab starts its own.
const SESSION_KEY = "sb.webrtcSession";

/** The agent's device, remembered per browser (hot-desking: each desk keeps its choice). Default "sip". */
export function loadDevice(): Device {
  try {
    return localStorage.getItem(DEVICE_KEY) === "webrtc" ? "webrtc" : "sip";
  } catch {
    return "sip";
  }
}

export function saveDevice(d: Device): void {
  try {
    localStorage.setItem(DEVICE_KEY, d);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export interface Softphone {
  state: PhoneState;
  detail: string;
  muted: boolean;
  session: SoftphoneSession;
  /** For connectEvents: the socket's sender (null while closed). */
  onSocket: (send: ((msg: object) => boolean) | null) => void;
  /** For connectEvents: `webrtc.*` messages. */
  onSignal: (msg: Record<string, unknown>) => void;
  setMuted: (m: boolean) => void;
}

export function useSoftphone(enabled: boolean): Softphone {
  const [state, setState] = useState<PhoneState>("idle");
  const [detail, setDetail] = useState("");
  const [muted, setMutedState] = useState(false);
  const send = useRef<((msg: object) => boolean) | null>(null);
  const ref = useRef<SoftphoneSession | null>(null);
  if (ref.current === null) {
    const audio = new Audio();
    audio.autoplay = true;
    // localStorage "sb.voiceProcessing" = "off": tone tests need the raw microphone.
    const vp = (() => {
      try {
        return localStorage.getItem("sb.voiceProcessing") !== "off";
      } catch {
        return true;
      }
    })();
    let resume = "";
    try {
      resume = sessionStorage.getItem(SESSION_KEY) ?? "";
    } catch {}
    ref.current = new SoftphoneSession(
      {
        send: (m) => send.current?.(m) ?? false,
        onState: (s, d) => {
          setState(s);
          setDetail(d);
        },
        onSession: (id) => {
          try {
            if (id) sessionStorage.setItem(SESSION_KEY, id);
            else sessionStorage.removeItem(SESSION_KEY);
          } catch {}
        },
        audio,
      },
      { voiceProcessing: vp, resumeSessionId: resume },
    );
    // Test hook: page tests read packet counts with sbSoftphone.stats().
    (globalThis as { sbSoftphone?: SoftphoneSession }).sbSoftphone = ref.current;
  }
  const session = ref.current;

  useEffect(() => {
    if (enabled) session.start();
    else session.stop();
  }, [enabled, session]);
  // Unmount = sign-out or tenant switch: release the session. A reload or a closed tab does not
  // run this; core keeps the session for its grace time and a reload resumes it.
  useEffect(() => () => session.stop(), [session]);

  const onSocket = useCallback(
    (s: ((msg: object) => boolean) | null) => {
      send.current = s;
      if (s) session.socketUp();
    },
    [session],
  );
  const onSignal = useCallback(
    (raw: Record<string, unknown>) => {
      const m = parseSignal(raw);
      if (m) session.handle(m);
    },
    [session],
  );
  const setMuted = useCallback(
    (m: boolean) => {
      session.setMuted(m);
      setMutedState(m);
    },
    [session],
  );
  return { state, detail, muted, session, onSocket, onSignal, setMuted };
}
