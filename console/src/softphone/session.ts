// The agent's persistent WebRTC session with core's gateway (docs/webrtc.md):
// one RTCPeerConnection carrying PCMU both ways for the whole shift. Calls are
// bridged into it by core, so answering needs no SDP. When the media path or
// the socket is lost, the session re-offers with `resume` and core swaps the
// browser-facing half under the same call.
import {
  type PhoneState,
  type SignalIn,
  type SignalOut,
  dtmfDigits,
  hasPcmu,
  nextReqId,
  opusPreference,
  opusPt,
  pcmuPreference,
  resumeDelayMs,
} from "./signal.ts";

export interface SessionDeps {
  /** Sends on control's WebSocket; false when the socket is not open (the session waits for `socketUp`). */
  send: (msg: SignalOut) => boolean;
  onState: (state: PhoneState, detail: string) => void;
  /** Plays the remote audio. */
  audio: HTMLAudioElement;
  /** Default: the browser's. Injected by tests (e.g. a browser-less WebRTC stack). */
  RTCPeerConnection?: typeof RTCPeerConnection;
  /** Default: navigator.mediaDevices.getUserMedia. */
  getUserMedia?: (c: MediaStreamConstraints) => Promise<MediaStream>;
  /** The session id core gave (null when it ended), to keep across a page reload. Default: none. */
  onSession?: (sessionId: string | null) => void;
}

export interface SessionOptions {
  /** Microphone deviceId. Default: the system default. */
  micId?: string;
  /**
   * Browser voice processing (echoCancellation, noiseSuppression, autoGainControl).
   * Default true; tests that measure a tone turn it off.
   */
  voiceProcessing?: boolean;
  /** Longest wait for ICE gathering before offering what was gathered. Default 2000 ms. */
  gatherTimeoutMs?: number;
  /** Longest wait for control's answer to an offer. Default 10000 ms. */
  answerTimeoutMs?: number;
  /** Longest wait from answer to a connected media path. Default 10000 ms. */
  connectTimeoutMs?: number;
  /**
   * A session this browser had before a page reload: the first offer resumes it, so a call in
   * progress comes back (core answers `unknown_session` if it is gone; then a fresh offer follows).
   * Default: none.
   */
  resumeSessionId?: string;
  /**
   * "pcmu": offer PCMU (+ telephone-event) only, no transcoding anywhere.
   * "opus": offer Opus only; core must run with WEBRTC_OPUS=1 (its media
   * worker transcodes Opus <-> G.711). Default "pcmu".
   */
  audioCodec?: "pcmu" | "opus";
}

export class SoftphoneSession {
  state: PhoneState = "idle";
  detail = "";
  sessionId: string | null = null;
  muted = false;
  private pc: RTCPeerConnection | null = null;
  private mic: MediaStream | null = null;
  private pending: { reqId: string; resolve: (m: SignalIn) => void; timer: ReturnType<typeof setTimeout> } | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopped = true;
  private waitingSocket = false;
  private running = false;
  private readonly PC: typeof RTCPeerConnection;
  private readonly gum: (c: MediaStreamConstraints) => Promise<MediaStream>;

  constructor(
    private readonly deps: SessionDeps,
    private readonly opts: SessionOptions = {},
  ) {
    this.PC = deps.RTCPeerConnection ?? globalThis.RTCPeerConnection;
    this.gum = deps.getUserMedia ?? ((c) => navigator.mediaDevices.getUserMedia(c));
    this.sessionId = opts.resumeSessionId || null;
  }

  /** Opens the session (idempotent while running). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.attempt = 0;
    void this.connect();
  }

  /** Control's WebSocket (re)opened: a session waiting for it, or broken, tries again now. */
  socketUp(): void {
    if (this.stopped) return;
    if (this.waitingSocket || this.state === "failed" || this.state === "reconnecting") {
      this.waitingSocket = false;
      this.clearRetry();
      void this.connect();
    }
  }

  /** Routes a `webrtc.*` message from the event stream. */
  handle(msg: SignalIn): void {
    if (msg.type === "webrtc.state") {
      // Core lost our media path before the browser noticed: re-offer.
      if (msg.sessionId === this.sessionId && msg.state !== "connected" && this.state === "connected") this.lost(`server: ${msg.state}`);
      return;
    }
    const p = this.pending;
    if (!p || msg.reqId !== p.reqId) return;
    clearTimeout(p.timer);
    this.pending = null;
    p.resolve(msg);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    for (const t of this.mic?.getAudioTracks() ?? []) t.enabled = !muted;
  }

  /** RFC 4733 digits through the connected session; returns false if none can be sent now. */
  sendDtmf(digits: string): boolean {
    const d = dtmfDigits(digits);
    const sender = this.pc?.getSenders().find((s) => s.track?.kind === "audio");
    if (!d || !sender?.dtmf || this.state !== "connected") return false;
    sender.dtmf.insertDTMF(d, 100, 70);
    return true;
  }

  /** Switches the microphone without renegotiating (replaceTrack). */
  async setMic(deviceId: string): Promise<void> {
    this.opts.micId = deviceId;
    if (!this.pc || !this.mic) return;
    const next = await this.openMic();
    const track = next.getAudioTracks()[0] ?? null;
    const sender = this.pc.getSenders().find((s) => s.track?.kind === "audio");
    await sender?.replaceTrack(track);
    for (const t of this.mic.getTracks()) t.stop();
    this.mic = next;
    this.setMuted(this.muted);
  }

  /** Output device (HTMLMediaElement.setSinkId, Chromium); false where unsupported. */
  async setSpeaker(deviceId: string): Promise<boolean> {
    const a = this.deps.audio as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
    if (typeof a.setSinkId !== "function") return false;
    await a.setSinkId(deviceId);
    return true;
  }

  /** Packets both ways, for the panel's health line and for tests. */
  async stats(): Promise<{ sent: number; received: number; lost: number; codec: string }> {
    const out = { sent: 0, received: 0, lost: 0, codec: "" };
    if (!this.pc) return out;
    const codecs = new Map<string, string>();
    let codecId = "";
    (await this.pc.getStats()).forEach((r: Record<string, unknown>) => {
      if (r.type === "codec") codecs.set(String(r.id), String(r.mimeType));
      if (r.type === "outbound-rtp") out.sent += Number(r.packetsSent ?? 0);
      if (r.type === "inbound-rtp") {
        out.received += Number(r.packetsReceived ?? 0);
        out.lost += Number(r.packetsLost ?? 0);
        codecId = String(r.codecId ?? "");
      }
    });
    out.codec = codecs.get(codecId) ?? "";
    return out;
  }

  /**
   * Ends the session for good (device switch, sign-out): tells core, which releases it. A page
   * that merely goes away (reload, crash, closed tab) does not call this: core notices the silence
   * and keeps the session (and any call) for its grace time, so a reload can resume it.
   */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.clearRetry();
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
    if (this.sessionId) this.deps.send({ type: "webrtc.bye", sessionId: this.sessionId });
    this.setSession(null);
    this.closePc();
    for (const t of this.mic?.getTracks() ?? []) t.stop();
    this.mic = null;
    this.setState("idle", "");
  }

  // ---------------------------------------------------------------- internals

  private setSession(id: string | null): void {
    if (this.sessionId === id) return;
    this.sessionId = id;
    this.deps.onSession?.(id);
  }

  private setState(s: PhoneState, detail: string): void {
    this.state = s;
    this.detail = detail;
    this.deps.onState(s, detail);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private closePc(): void {
    const pc = this.pc;
    this.pc = null;
    if (!pc) return;
    pc.onconnectionstatechange = null;
    pc.ontrack = null;
    pc.close();
  }

  private openMic(): Promise<MediaStream> {
    const vp = this.opts.voiceProcessing ?? true;
    const audio: MediaTrackConstraints = { echoCancellation: vp, noiseSuppression: vp, autoGainControl: vp };
    if (this.opts.micId) audio.deviceId = { exact: this.opts.micId };
    return this.gum({ audio, video: false });
  }

  /** The media path went away: re-offer with resume after a short backoff. */
  private lost(why: string): void {
    if (this.stopped || this.state === "reconnecting") return;
    this.setState("reconnecting", why);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    this.clearRetry();
    const delay = resumeDelayMs(this.attempt++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.running) return;
    this.running = true;
    try {
      await this.connectOnce();
    } finally {
      this.running = false;
    }
  }

  private async connectOnce(): Promise<void> {
    if (this.state !== "reconnecting") this.setState("connecting", "");
    if (!this.mic) {
      try {
        this.mic = await this.openMic();
        this.setMuted(this.muted);
      } catch (e) {
        // No microphone or permission denied: nothing to retry until the agent acts.
        this.setState("failed", `microphone: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
    }
    if (this.stopped) return;
    this.closePc();
    const pc = new this.PC({ iceServers: [], bundlePolicy: "max-bundle", rtcpMuxPolicy: "require" });
    this.pc = pc;
    const track = this.mic.getAudioTracks()[0];
    if (!track) {
      this.setState("failed", "microphone: no audio track");
      return;
    }
    const tr = pc.addTransceiver(track, { direction: "sendrecv", streams: [this.mic] });
    const caps = (globalThis.RTCRtpReceiver as typeof RTCRtpReceiver | undefined)?.getCapabilities?.("audio");
    const opus = this.opts.audioCodec === "opus";
    const pref = caps ? (opus ? opusPreference(caps.codecs) : pcmuPreference(caps.codecs)) : [];
    if (pref.length > 0 && typeof tr.setCodecPreferences === "function") {
      try {
        tr.setCodecPreferences(pref);
      } catch {
        // older engines: the gateway still picks PCMU from the full list
      }
    }
    pc.ontrack = (e) => {
      const stream = e.streams[0] ?? new MediaStream([e.track]);
      this.deps.audio.srcObject = stream;
      void this.deps.audio.play?.()?.catch(() => {});
    };
    const connected = new Promise<boolean>((resolve) => {
      const t = setTimeout(() => resolve(false), this.opts.connectTimeoutMs ?? 10000);
      pc.onconnectionstatechange = () => {
        const s = pc.connectionState;
        if (s === "connected") {
          clearTimeout(t);
          resolve(true);
          if (this.pc === pc) {
            this.attempt = 0;
            this.setState("connected", "");
          }
        } else if (s === "failed" || s === "closed") {
          clearTimeout(t);
          resolve(false);
          if (this.pc === pc && this.state === "connected") this.lost(`media ${s}`);
        } else if (s === "disconnected" && this.pc === pc && this.state === "connected") {
          // ICE may recover by itself within a few seconds; re-offer only if it does not.
          setTimeout(() => {
            if (this.pc === pc && pc.connectionState === "disconnected") this.lost("media disconnected");
          }, 3000);
        }
      };
    });

    await pc.setLocalDescription(await pc.createOffer());
    await this.gathered(pc);
    if (this.pc !== pc || this.stopped) return;
    const sdp = pc.localDescription?.sdp ?? "";
    if (opus ? opusPt(sdp) < 0 : !hasPcmu(sdp)) {
      this.setState("failed", opus ? "this browser cannot send Opus" : "this browser cannot send PCMU");
      return;
    }
    const reqId = nextReqId();
    const msg: SignalOut = { type: "webrtc.offer", reqId, sdp };
    if (this.sessionId) msg.resume = this.sessionId;
    const reply = new Promise<SignalIn | null>((resolve) => {
      const timer = setTimeout(() => {
        if (this.pending?.reqId === reqId) this.pending = null;
        resolve(null);
      }, this.opts.answerTimeoutMs ?? 10000);
      this.pending = { reqId, resolve, timer };
    });
    if (!this.deps.send(msg)) {
      if (this.pending?.reqId === reqId) clearTimeout(this.pending.timer);
      this.pending = null;
      this.waitingSocket = true;
      this.setState(this.sessionId ? "reconnecting" : "connecting", "waiting for the server connection");
      return;
    }
    const ans = await reply;
    if (this.pc !== pc || this.stopped) return;
    if (ans === null) {
      this.setState(this.sessionId ? "reconnecting" : "failed", "no answer from the server");
      this.scheduleRetry();
      return;
    }
    if (ans.type === "webrtc.error") {
      if (ans.code === "unknown_session") this.setSession(null);
      this.setState(this.sessionId ? "reconnecting" : "failed", `${ans.code}${ans.message ? `: ${ans.message}` : ""}`);
      // not_agent / bad_sdp will not change by retrying soon; the rest may.
      if (ans.code !== "not_agent" && ans.code !== "bad_sdp") this.scheduleRetry();
      return;
    }
    if (ans.type !== "webrtc.answer") return;
    this.setSession(ans.sessionId);
    try {
      await pc.setRemoteDescription({ type: "answer", sdp: ans.sdp });
    } catch (e) {
      this.setState("failed", `answer: ${e instanceof Error ? e.message : String(e)}`);
      this.scheduleRetry();
      return;
    }
    if (!(await connected) && this.pc === pc && !this.stopped && this.state !== "connected" && this.retryTimer === null) {
      this.setState("reconnecting", "media did not connect");
      this.scheduleRetry();
    }
  }

  private gathered(pc: RTCPeerConnection): Promise<void> {
    return new Promise((resolve) => {
      if (pc.iceGatheringState === "complete") return resolve();
      const t = setTimeout(resolve, this.opts.gatherTimeoutMs ?? 2000);
      pc.addEventListener("icegatheringstatechange", () => {
        if (pc.iceGatheringState === "complete") {
          clearTimeout(t);
          resolve();
        }
      });
    });
  }
}
