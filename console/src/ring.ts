// Ring tone for an offered call, synthesised with WebAudio (no audio file to ship).
// China ring-back cadence: 450 Hz, 1 s on / 4 s off (YD/T 1251); we ring 1 s on / 2 s off to be noticed.

let ctx: AudioContext | null = null;
let timer: ReturnType<typeof setInterval> | null = null;
let sinkId = "";

/** Rings on the agent's chosen speaker (AudioContext.setSinkId, Chromium 110+); "" = the system default. */
export function setRingSink(deviceId: string): void {
  sinkId = deviceId;
  const ac = ctx as (AudioContext & { setSinkId?: (id: string) => Promise<void> }) | null;
  void ac?.setSinkId?.(deviceId).catch(() => {});
}

function beep(ac: AudioContext): void {
  const osc = ac.createOscillator();
  const gain = ac.createGain();
  osc.frequency.value = 450;
  gain.gain.setValueAtTime(0.0001, ac.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.2, ac.currentTime + 0.02);
  gain.gain.setValueAtTime(0.2, ac.currentTime + 0.95);
  gain.gain.exponentialRampToValueAtTime(0.0001, ac.currentTime + 1);
  osc.connect(gain).connect(ac.destination);
  osc.start();
  osc.stop(ac.currentTime + 1.02);
}

/** Starts ringing (idempotent). Browsers may block audio until the user has interacted with the page. */
export function startRing(): void {
  if (timer) return;
  try {
    if (!ctx) {
      ctx = new AudioContext();
      if (sinkId) setRingSink(sinkId);
    }
    void ctx.resume().catch(() => {});
    const ac = ctx;
    beep(ac);
    timer = setInterval(() => beep(ac), 3000);
  } catch {
    // No audio output: the visual pop still shows.
  }
}

export function stopRing(): void {
  if (timer) clearInterval(timer);
  timer = null;
}
