// Opus (RFC 6716) for legs that negotiated it, e.g. a browser that offers no
// PCMU. RTP carries Opus on a 48 kHz clock whatever the audio bandwidth
// (RFC 7587 section 4.1); inside the media worker everything is 8 kHz PCM:
// libopus resamples internally, so the encoder takes 8 kHz input (a
// narrowband stream any Opus decoder plays) and the decoder renders any
// received Opus stream at 8 kHz (RFC 6716 section 2: the decoder may output
// at any of the supported rates).
//
// Library: @evan/opus, its WebAssembly build (libopus 1.3), instantiated once
// per thread. Its native addon is not usable from media workers: it returns
// every result through one static buffer shared by all threads, so two
// workers encoding at once read each other's packets (measured: 200 of 20000
// frames differed with two threads, 0 with one). The WebAssembly instance
// has its own memory per thread. Calls here copy into and out of that memory
// through views made once (again only if the memory grows): nothing is
// allocated per frame.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

/** Samples per channel at 8 kHz that one decode may return (120 ms, the longest Opus packet). */
export const OPUS_MAX_SAMPLES_8K = 960;
/** RTP timestamp units per 8 kHz sample on an Opus stream (48 kHz clock, RFC 7587 section 4.1). */
export const OPUS_TS_PER_SAMPLE = 6;
/** Largest Opus payload we produce (RFC 6716 section 3.4 allows 1275 bytes per frame). */
const MAX_PACKET = 1275;

const OPUS_APPLICATION_VOIP = 2048;
const OPUS_SET_BITRATE = 4002;
const OPUS_SET_COMPLEXITY = 4010;
const OPUS_SET_SIGNAL = 4024;
const OPUS_SIGNAL_VOICE = 3001;

// The project compiles without the DOM lib, which is where TypeScript declares WebAssembly.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (mod: object, imports: object) => { exports: unknown };
  validate(bytes: Uint8Array): boolean;
}
const WA = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface OpusWasm {
  memory: { buffer: ArrayBuffer };
  malloc(n: number): number;
  free(p: number): void;
  opus_decoder_get_size(channels: number): number;
  opus_decoder_init(st: number, rate: number, channels: number): number;
  opus_decode(st: number, data: number, len: number, pcm: number, frameSize: number, fec: number): number;
  opus_encoder_get_size(channels: number): number;
  opus_encoder_init(st: number, rate: number, channels: number, application: number): number;
  opus_encode(st: number, pcm: number, frameSize: number, data: number, maxBytes: number): number;
  opus_encoder_ctl_set(st: number, request: number, value: number): number;
  _initialize?: () => void;
}

/** One instance per thread (module state is per worker thread). */
class Runtime {
  readonly w: OpusWasm;
  /** Scratch areas in the module's memory: compressed bytes and 16-bit PCM. */
  readonly bytesPtr: number;
  readonly pcmPtr: number;
  u8: Uint8Array;
  i16: Int16Array;

  constructor() {
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve("@evan/opus/package.json")), "wasm");
    // The SIMD build when the engine validates a SIMD instruction (as the package itself checks).
    const simd = WA.validate(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7, 0, 65, 0, 253, 15, 26, 11));
    const mod = new WA.Module(fs.readFileSync(path.join(dir, simd ? "simd.wasm" : "opus.wasm")));
    const noop = () => 0;
    const inst = new WA.Instance(mod, {
      wasi_snapshot_preview1: { fd_seek: noop, fd_write: noop, fd_close: noop, proc_exit: noop },
      env: { emscripten_notify_memory_growth: () => this.views() },
    });
    this.w = inst.exports as unknown as OpusWasm;
    this.u8 = new Uint8Array(0);
    this.i16 = new Int16Array(0);
    this.views();
    this.bytesPtr = this.w.malloc(2 * MAX_PACKET);
    this.pcmPtr = this.w.malloc(2 * OPUS_MAX_SAMPLES_8K * 2);
    this.views();
  }

  views(): void {
    const buf = this.w.memory.buffer;
    if (this.u8.buffer === buf) return;
    this.u8 = new Uint8Array(buf);
    this.i16 = new Int16Array(buf);
  }
}

let runtime: Runtime | null = null;
function rt(): Runtime {
  runtime ??= new Runtime();
  return runtime;
}

/** Opus encoder + decoder of one leg: 8 kHz mono PCM in and out. Methods never throw and allocate nothing. */
export class OpusCodec {
  private readonly r: Runtime;
  private readonly enc: number;
  private readonly dec: number;
  private freed = false;

  /**
   * `bitrate`: encoder target in bit/s. Default 16000 (narrowband speech that
   * ends up as G.711 anyway). `complexity` 0-10: encoder effort. Default 1.
   */
  constructor(bitrate = 16000, complexity = 1) {
    const r = rt();
    this.r = r;
    const w = r.w;
    this.enc = w.malloc(w.opus_encoder_get_size(1));
    this.dec = w.malloc(w.opus_decoder_get_size(1));
    const e1 = w.opus_encoder_init(this.enc, 8000, 1, OPUS_APPLICATION_VOIP);
    const e2 = w.opus_decoder_init(this.dec, 8000, 1);
    if (e1 < 0 || e2 < 0) {
      this.free();
      throw new Error(`opus: init failed (${e1}, ${e2})`);
    }
    w.opus_encoder_ctl_set(this.enc, OPUS_SET_BITRATE, bitrate);
    w.opus_encoder_ctl_set(this.enc, OPUS_SET_SIGNAL, OPUS_SIGNAL_VOICE);
    // Low complexity: the default (10) costs about 5x the encoder time
    // (measured 300 against 60 us per 20 ms frame) for a narrowband voice
    // stream whose other end is G.711.
    w.opus_encoder_ctl_set(this.enc, OPUS_SET_COMPLEXITY, complexity);
    r.views();
  }

  /**
   * Encodes `n` samples of pcm (8 kHz; n = 160 for 20 ms; 2.5-60 ms frames
   * are valid) into out[outOff...]. Returns the byte count, or a negative
   * libopus error code.
   */
  encode(pcm: Int16Array, n: number, out: Uint8Array, outOff: number): number {
    if (this.freed) return -1;
    const r = this.r;
    const base = r.pcmPtr >> 1;
    const i16 = r.i16;
    for (let i = 0; i < n; i++) i16[base + i] = pcm[i]!;
    const len = r.w.opus_encode(this.enc, r.pcmPtr, n, r.bytesPtr, Math.min(MAX_PACKET, out.length - outOff));
    if (len <= 0) return len < 0 ? len : -1;
    r.views();
    const u8 = r.u8;
    const p = r.bytesPtr;
    for (let i = 0; i < len; i++) out[outOff + i] = u8[p + i]!;
    return len;
  }

  /**
   * Decodes src[off, end) into pcm (8 kHz, at least OPUS_MAX_SAMPLES_8K long).
   * An empty payload (end === off) asks for packet-loss concealment of one
   * 20 ms frame. Returns the sample count, or a negative libopus error code.
   */
  decode(src: Uint8Array, off: number, end: number, pcm: Int16Array): number {
    if (this.freed) return -1;
    const r = this.r;
    const len = end - off;
    if (len > 2 * MAX_PACKET) return -1;
    const u8 = r.u8;
    const p = r.bytesPtr;
    for (let i = 0; i < len; i++) u8[p + i] = src[off + i]!;
    const n = len === 0 ? r.w.opus_decode(this.dec, 0, 0, r.pcmPtr, 160, 0) : r.w.opus_decode(this.dec, p, len, r.pcmPtr, OPUS_MAX_SAMPLES_8K, 0);
    if (n <= 0) return n < 0 ? n : -1;
    r.views();
    const i16 = r.i16;
    const base = r.pcmPtr >> 1;
    for (let i = 0; i < n; i++) pcm[i] = i16[base + i]!;
    return n;
  }

  /** Releases the codec state. Idempotent; later calls return -1. */
  free(): void {
    if (this.freed) return;
    this.freed = true;
    this.r.w.free(this.enc);
    this.r.w.free(this.dec);
  }
}
