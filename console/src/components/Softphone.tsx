// The WebRTC softphone panel: device choice, session state, microphone and
// speaker, mute, hold, DTMF pad. Answer/hang up stay in the agent bar (F2/F4).
import { useEffect, useState } from "react";
import type { Call } from "../api.ts";
import type { Key } from "../i18n.ts";
import type { Device, Softphone } from "../softphone/useSoftphone.ts";
import { setRingSink } from "../ring.ts";
import { T, useLabel } from "../ui.tsx";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"] as const;
const MIC_KEY = "sb.mic";
const SPEAKER_KEY = "sb.speaker";

/** A remembered device choice (per browser: each desk keeps its headset). "" = the system default. */
function loadChoice(key: string): string {
  try {
    return localStorage.getItem(key) ?? "";
  } catch {
    return "";
  }
}
function saveChoice(key: string, v: string): void {
  try {
    if (v) localStorage.setItem(key, v);
    else localStorage.removeItem(key);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** Devices of one kind; `refresh` changes when the list may have changed (labels appear after permission). */
function useDevices(kind: MediaDeviceKind, refresh: unknown): MediaDeviceInfo[] {
  const [list, setList] = useState<MediaDeviceInfo[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh is the trigger, not an input
  useEffect(() => {
    const md = navigator.mediaDevices;
    if (!md?.enumerateDevices) return;
    const load = () =>
      md
        .enumerateDevices()
        .then((ds) => setList(ds.filter((d) => d.kind === kind && d.deviceId)))
        .catch(() => {});
    load();
    md.addEventListener?.("devicechange", load);
    return () => md.removeEventListener?.("devicechange", load);
  }, [kind, refresh]);
  return list;
}

export function SoftphonePanel(props: {
  phone: Softphone;
  device: Device;
  onDevice: (d: Device) => void;
  call: Call | null;
  onHold: (on: boolean) => void;
  held: boolean;
}) {
  const { phone } = props;
  const L = useLabel();
  const [mic, setMic] = useState(() => loadChoice(MIC_KEY));
  const [spk, setSpk] = useState(() => loadChoice(SPEAKER_KEY));
  // Labels appear only after microphone permission: reload the lists once connected.
  const mics = useDevices("audioinput", phone.state);
  const spks = useDevices("audiooutput", phone.state);
  const talking = props.call?.phase === "answered";
  const webrtc = props.device === "webrtc";
  // Apply the remembered choices once the session is up (a device that is gone falls back to the default).
  const connected = phone.state === "connected";
  // biome-ignore lint/correctness/useExhaustiveDependencies: applied on (re)connect only, not on every pick
  useEffect(() => {
    if (!connected) return;
    if (mic && mics.some((d) => d.deviceId === mic)) void phone.session.setMic(mic).catch(() => {});
    if (spk && spks.some((d) => d.deviceId === spk)) {
      void phone.session.setSpeaker(spk).catch(() => {});
      setRingSink(spk);
    }
  }, [connected, mics.length, spks.length]);

  return (
    <section className="panel softphone" data-testid="softphone" data-state={webrtc ? phone.state : "off"} data-device={props.device}>
      <h2>
        <T k="softphone" />
        <span className={`sp-state sp-${webrtc ? phone.state : "idle"}`} data-testid="sp-state" title={phone.detail}>
          <span className="dot" /> <T k={(webrtc ? `sp_${phone.state}` : "device_sip") as Key} />
        </span>
      </h2>
      <div className="sp-row" role="radiogroup" aria-label={L("device")}>
        {(["webrtc", "sip"] as const).map((d) => (
          <label key={d} className="sp-choice">
            <input type="radio" name="sp-device" checked={props.device === d} onChange={() => props.onDevice(d)} data-testid={`device-${d}`} />{" "}
            <T k={d === "webrtc" ? "device_webrtc" : "device_sip"} />
          </label>
        ))}
      </div>
      {webrtc ? (
        <>
          {phone.detail && phone.state !== "connected" ? (
            <div className="sp-detail small muted" data-testid="sp-detail">
              {phone.detail}{" "}
              {phone.state === "failed" ? (
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    phone.session.stop();
                    phone.session.start();
                  }}
                  data-testid="sp-retry"
                >
                  <T k="sp_retry" />
                </button>
              ) : null}
            </div>
          ) : null}
          <div className="sp-row">
            <label className="sp-field">
              <span className="small">
                <T k="microphone" />
              </span>
              <select
                value={mic}
                data-testid="sp-mic"
                onChange={(e) => {
                  setMic(e.target.value);
                  saveChoice(MIC_KEY, e.target.value);
                  void phone.session.setMic(e.target.value).catch(() => {});
                }}
              >
                <option value="">{L("default_device")}</option>
                {mics.map((d) => (
                  <option key={d.deviceId} value={d.deviceId}>
                    {d.label || d.deviceId.slice(0, 8)}
                  </option>
                ))}
              </select>
            </label>
            <label className="sp-field">
              <span className="small">
                <T k="speaker" />
              </span>
              <select
                value={spk}
                data-testid="sp-speaker"
                onChange={(e) => {
                  setSpk(e.target.value);
                  saveChoice(SPEAKER_KEY, e.target.value);
                  void phone.session.setSpeaker(e.target.value).catch(() => {});
                  setRingSink(e.target.value);
                }}
              >
                <option value="">{L("default_device")}</option>
                {spks.map((d) => (
                  <option key={d.deviceId} value={d.deviceId}>
                    {d.label || d.deviceId.slice(0, 8)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="sp-row">
            <button
              type="button"
              className={phone.muted ? "on" : ""}
              aria-pressed={phone.muted}
              onClick={() => phone.setMuted(!phone.muted)}
              data-testid="sp-mute"
            >
              <T k={phone.muted ? "unmute" : "mute"} />
            </button>
            <button type="button" disabled={!talking} aria-pressed={props.held} onClick={() => props.onHold(!props.held)} data-testid="sp-hold">
              <T k={props.held ? "resume" : "hold"} />
            </button>
          </div>
          <div className="dtmf" role="group" aria-label={L("dtmf_pad")} data-testid="dtmf-pad">
            {KEYS.map((k) => (
              <button type="button" key={k} disabled={!talking} onClick={() => phone.session.sendDtmf(k)} data-testid={`dtmf-${k === "*" ? "star" : k === "#" ? "hash" : k}`}>
                {k}
              </button>
            ))}
          </div>
        </>
      ) : (
        <div className="small muted">
          <T k="use_sip_phone" />
        </div>
      )}
    </section>
  );
}
