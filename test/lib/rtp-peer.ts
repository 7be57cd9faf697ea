// The customer's phone audio in tests: a UDP socket that learns where the
// switch sends from (symmetric RTP, RFC 4961) and answers there with a
// PCMU tone every 20 ms, keeping every received payload with its arrival
// time so the test can check what the customer heard and when.
import { createSocket, type Socket } from "node:dgram";
import { linearToUlaw, toneSamples, ulawToLinear } from "../../core/src/media/index.ts";
import { parseSdp } from "../../core/src/sip/index.ts";

export class RtpPeer {
  private sock: Socket;
  private timer: NodeJS.Timeout | null = null;
  /** While set, the next frames carry this instead of the tone (DTMF). */
  private override: Array<(pkt: Buffer) => number> = [];
  private seq = 0;
  private ts = 0;
  private readonly ssrc = (Math.random() * 0xffffffff) >>> 0;
  remote: { address: string; port: number } | null = null;
  readonly frames: Array<{ at: number; pcm: Int16Array }> = [];
  port = 0;

  private constructor() {
    this.sock = createSocket("udp4");
  }

  static async open(): Promise<RtpPeer> {
    const p = new RtpPeer();
    await new Promise<void>((res) => p.sock.bind(0, "127.0.0.1", () => res()));
    p.port = p.sock.address().port;
    p.sock.on("message", (msg, rinfo) => {
      if (msg.length < 12 || (msg[0]! & 0xc0) !== 0x80) return;
      const pt = msg[1]! & 0x7f;
      if (!p.remote) p.remote = { address: rinfo.address, port: rinfo.port };
      if (pt !== 0) return; // only PCMU audio is kept (telephone-event etc. ignored)
      const cc = msg[0]! & 0x0f;
      const payload = msg.subarray(12 + cc * 4);
      const pcm = new Int16Array(payload.length);
      for (let i = 0; i < payload.length; i++) pcm[i] = ulawToLinear(payload[i]!);
      p.frames.push({ at: Date.now(), pcm });
    });
    return p;
  }

  /**
   * Send to the address the switch offered in its SDP, from the first frame,
   * as a phone does (RFC 3264 §5: the answerer may send as soon as it has
   * the offer). Without it this peer waits to hear the switch first; two
   * such peers bridged to each other would each wait for the other forever.
   */
  sendTo(sdp: string | Buffer): void {
    const m = parseSdp(String(sdp));
    const audio = m?.media.find((x) => x.type === "audio");
    const address = audio?.connection ?? m?.connection;
    if (!audio || !address) throw new Error(`no audio address in SDP: ${String(sdp)}`);
    this.remote = { address, port: audio.port };
  }

  /** Start speaking a tone (PCMU, 20 ms frames) to where the switch sends from. */
  speak(freqHz: number): void {
    const samples = toneSamples(freqHz, 1000); // one second, looped (integer cycles for 1 s)
    const pkt = Buffer.alloc(12 + 160);
    let off = 0;
    this.timer = setInterval(() => {
      if (!this.remote) return;
      const special = this.override.shift();
      if (special) {
        const len = special(pkt);
        if (len > 0) this.sock.send(pkt.subarray(0, len), this.remote.port, this.remote.address);
        return;
      }
      pkt[0] = 0x80;
      pkt[1] = 0;
      pkt.writeUInt16BE(this.seq++ & 0xffff, 2);
      pkt.writeUInt32BE(this.ts >>> 0, 4);
      pkt.writeUInt32BE(this.ssrc, 8);
      for (let i = 0; i < 160; i++) pkt[12 + i] = linearToUlaw(samples[(off + i) % samples.length]!);
      off = (off + 160) % samples.length;
      this.ts += 160;
      this.sock.send(pkt, this.remote.port, this.remote.address);
    }, 20);
  }

  /**
   * Presses a key the RFC 4733 way: telephone-event packets (PT 101), one
   * every 20 ms for `ms`, then three end packets (E bit), one timestamp.
   */
  pressRfc4733(digit: string, ms = 120, pt = 101): void {
    const ev = "0123456789*#ABCD".indexOf(digit);
    if (ev < 0) throw new TypeError(`not a DTMF digit: ${digit}`);
    const ts = this.ts;
    const frames = Math.max(1, Math.round(ms / 20));
    const make = (duration: number, end: boolean, marker: boolean) => (pkt: Buffer) => {
      pkt[0] = 0x80;
      pkt[1] = (marker ? 0x80 : 0) | pt;
      pkt.writeUInt16BE(this.seq++ & 0xffff, 2);
      pkt.writeUInt32BE(ts >>> 0, 4);
      pkt.writeUInt32BE(this.ssrc, 8);
      pkt[12] = ev;
      pkt[13] = (end ? 0x80 : 0) | 10; // E bit, volume -10 dBm0
      pkt.writeUInt16BE(duration, 14);
      return 16;
    };
    for (let i = 1; i <= frames; i++) this.override.push(make(i * 160, false, i === 1));
    for (let i = 0; i < 3; i++) this.override.push(make(frames * 160, true, false));
    // Audio resumes with a timestamp past the event (RFC 4733 §2.5.1.2).
    this.override.push((_pkt) => {
      this.ts += (frames + 1) * 160;
      return 0;
    });
  }

  /** Presses a key in-band: the DTMF frequency pair (ITU-T Q.23) inside the PCMU stream. */
  pressInband(digit: string, ms = 100): void {
    const ROWS = [697, 770, 852, 941];
    const COLS = [1209, 1336, 1477, 1633];
    const keys = ["123A", "456B", "789C", "*0#D"];
    const r = keys.findIndex((k) => k.includes(digit));
    if (r < 0) throw new TypeError(`not a DTMF digit: ${digit}`);
    const c = keys[r]!.indexOf(digit);
    const lo = toneSamples(ROWS[r]!, ms, 8000, 0.25);
    const hi = toneSamples(COLS[c]!, ms, 8000, 0.25);
    const frames = Math.ceil(lo.length / 160);
    for (let f = 0; f < frames + 3; f++) {
      this.override.push((pkt) => {
        pkt[0] = 0x80;
        pkt[1] = 0;
        pkt.writeUInt16BE(this.seq++ & 0xffff, 2);
        pkt.writeUInt32BE(this.ts >>> 0, 4);
        pkt.writeUInt32BE(this.ssrc, 8);
        for (let i = 0; i < 160; i++) {
          const k = f * 160 + i;
          // tone for `ms`, then 60 ms of silence so the detector sees the key released
          pkt[12 + i] = linearToUlaw(f < frames && k < lo.length ? lo[k]! + hi[k]! : 0);
        }
        this.ts += 160;
        return 172;
      });
    }
  }

  /** Concatenated audio received between two times. */
  heard(fromMs = 0, toMs = Number.POSITIVE_INFINITY): Int16Array {
    const sel = this.frames.filter((f) => f.at >= fromMs && f.at <= toMs);
    const out = new Int16Array(sel.reduce((n, f) => n + f.pcm.length, 0));
    let o = 0;
    for (const f of sel) {
      out.set(f.pcm, o);
      o += f.pcm.length;
    }
    return out;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.sock.close();
  }
}
