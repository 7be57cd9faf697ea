// MediaEngine: the main-thread face of the media workers. It keeps only maps
// (leg -> worker, call -> worker) and turns each API call into one message to
// the worker that owns the call; replies resolve promises by request id.
import { EventEmitter } from "node:events";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { type Command, JOURNAL_DIR, type LegStats, type Reply, type WorkerInit, ZERO_STATS } from "./protocol.ts";
import { type Codec, defaultPt, isCodec } from "./rtp.ts";
import { repairWav } from "./wav.ts";

export interface MediaEngineOptions {
  /** Bind address for RTP/RTCP sockets. Default "127.0.0.1". */
  host?: string;
  /** Lowest RTP port (rounded up to even). Default 20000. */
  portMin?: number;
  /** Highest port (exclusive bound for RTP+RTCP pairs). Default 30000. */
  portMax?: number;
  /** Number of worker threads. Default os.availableParallelism(). */
  workers?: number;
  /** Recordings are written below it by relative path; relative prompt files are read from it. Required. */
  dataDir: string;
  /** Mean RTCP report interval per leg (RFC 3550 6.2, randomised 0.5-1.5x). Default 5000. */
  rtcpIntervalMs?: number;
  /**
   * SCHED_RR priority (1-99) for each worker's packet thread, set with chrt(1)
   * at worker start (Linux, needs CAP_SYS_NICE; `workerInfo().realtime` says
   * whether it took). On a busy host this bounds the relay's added latency
   * (bench/media --realtime). Default 0: normal scheduling.
   */
  realtimePriority?: number;
}

export interface CreateLegOptions {
  /** Default "PCMU". "OPUS" (RFC 7587, for WebRTC legs) is transcoded to and from 8 kHz PCM in the worker. */
  codec?: Codec;
  /** RTP payload type of the codec. Default 0 for PCMU, 8 for PCMA, 111 for OPUS. */
  pt?: number;
  /** RFC 4733 telephone-event payload type, null = none. Default 101. */
  dtmfPt?: number | null;
  /** Latch the send address to the first packet's source (RFC 4961), drop other sources. Default true. */
  symmetric?: boolean;
  /** Also detect in-band DTMF tones (Goertzel) in this leg's received audio. Default false. */
  inbandDtmf?: boolean;
}

export type PlaySource = { tone: "ringback" | "busy" | "moh" } | { file: string; loop?: boolean };

export interface ConferenceMemberOptions {
  /** The others do not hear this member. Default false. */
  muted?: boolean;
  /** This member hears nothing. Default false. */
  deaf?: boolean;
  /** Only these members (leg ids) hear this one: whisper/coaching; null = everyone. Default null. */
  talkTo?: string[] | null;
}

function checkMember(o: ConferenceMemberOptions): void {
  if (!o || typeof o !== "object") throw new TypeError("member options must be an object");
  if (o.muted !== undefined && typeof o.muted !== "boolean") throw new TypeError("muted must be a boolean");
  if (o.deaf !== undefined && typeof o.deaf !== "boolean") throw new TypeError("deaf must be a boolean");
  if (o.talkTo !== undefined && o.talkTo !== null && !(Array.isArray(o.talkTo) && o.talkTo.every((t) => typeof t === "string"))) {
    throw new TypeError("talkTo must be an array of leg ids or null");
  }
}

interface Link {
  /** target worker */
  worker: number;
  /** the leg's own worker */
  src: number;
  /** internal leg on the leg's worker, bridged to the leg */
  local: string;
  /** internal leg on the target worker, standing in for the leg */
  proxy: string;
  ready: Promise<void>;
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  index: number;
  worker: Worker;
  pending: Map<number, Pending>;
  legs: Set<string>;
  calls: number;
  lastError: Error | null;
  dead: boolean;
  startedAt: number;
  /** commands waiting for the next postMessage */
  outbox: Command[];
  /** sends the outbox (one bound function per worker, not a closure per batch) */
  flush: () => void;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function checkPt(pt: unknown, what: string): void {
  if (!Number.isInteger(pt) || (pt as number) < 0 || (pt as number) > 127) throw new TypeError(`${what} must be an integer 0..127`);
}

const WORKER_URL = new URL("./worker.ts", import.meta.url);

/**
 * Node 20 does not apply tsx's loader hooks (given by --import) to worker
 * threads, so when running from TypeScript sources the worker starts from a
 * tiny bootstrap that registers tsx in its own thread first.
 */
function newWorker(init: WorkerInit): Worker {
  const young = Number(process.env.SB_MEDIA_YOUNG_MB ?? 0);
  const resourceLimits = young > 0 ? { maxYoungGenerationSizeMb: young } : undefined;
  if (!WORKER_URL.pathname.endsWith(".ts")) return new Worker(WORKER_URL, { workerData: init, resourceLimits });
  const api = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(code, { eval: true, workerData: init, resourceLimits });
}

/**
 * Events: "dtmf"(legId, digit) for RFC 4733 and (opt-in) in-band digits;
 * "workerError"(index, err) when a worker died (it is restarted, its legs are
 * gone); "playEnded"(legId) when a non-looping file finished;
 * "playError"(legId, message) when a file could not be played;
 * "recordingError"(path, message) when a recording could not be written.
 */
/**
 * A media worker's own view: its thread id, legs, open recordings, RTP port pairs held by legs, spare
 * socket pairs kept bound for reuse (not counted in `ports`), packets that reached a spare pair (an old call's peer still
 * sending), and whether it runs with real-time scheduling.
 */
export interface WorkerInfo {
  tid: number;
  legs: number;
  recorders: number;
  ports: number;
  spares: number;
  strayPackets: number;
  realtime: boolean;
}

export class MediaEngine extends EventEmitter {
  readonly dataDir: string;
  private readonly init: Omit<WorkerInit, "index">;
  private readonly slots: Slot[] = [];
  private readonly legWorker = new Map<string, number>();
  private readonly legCall = new Map<string, string>();
  private readonly callWorker = new Map<string, { index: number; legs: number }>();
  private readonly deadLegs = new Set<string>();
  private readonly legCodec = new Map<string, Codec>();
  private readonly links = new Map<string, Link>();
  private readonly barrier = new Map<string, Promise<void>>();
  private readonly cross = new Map<string, { linked: string; other: string; proxy: string; worker: number }>();
  private readonly rooms = new Map<string, { index: number; members: Set<string> }>();
  private readonly legRoom = new Map<string, string>();
  /** Room members with a recording of their own (recordConferenceMember): leg id -> the room's worker. */
  private readonly memberRec = new Map<string, number>();
  private readonly crashes: number[] = [];
  private nextReq = 1;
  private nextLeg = 1;
  private closing = false;
  private closed: Promise<void> | null = null;

  private constructor(init: Omit<WorkerInit, "index">) {
    super();
    this.init = init;
    this.dataDir = init.dataDir;
  }

  static async start(opts: MediaEngineOptions): Promise<MediaEngine> {
    if (!opts || typeof opts.dataDir !== "string" || opts.dataDir === "") throw new TypeError("dataDir is required");
    const host = opts.host ?? "127.0.0.1";
    const portMin = opts.portMin ?? 20000;
    const portMax = opts.portMax ?? 30000;
    const workers = opts.workers ?? os.availableParallelism();
    if (!IPV4.test(host)) throw new TypeError("host must be an IPv4 address");
    if (!Number.isInteger(portMin) || !Number.isInteger(portMax) || portMin < 1024 || portMax > 65535 || portMax - portMin < 4) {
      throw new TypeError("portMin/portMax must be integers with 1024 <= portMin < portMax <= 65535");
    }
    if (!Number.isInteger(workers) || workers < 1) throw new TypeError("workers must be a positive integer");
    const rtcpIntervalMs = opts.rtcpIntervalMs ?? 5000;
    if (!(rtcpIntervalMs >= 50)) throw new TypeError("rtcpIntervalMs must be >= 50");
    const realtimePriority = opts.realtimePriority ?? 0;
    if (!Number.isInteger(realtimePriority) || realtimePriority < 0 || realtimePriority > 99) throw new TypeError("realtimePriority must be an integer 0-99");
    const dataDir = path.resolve(opts.dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
    const engine = new MediaEngine({ workers, host, portMin, portMax, dataDir, rtcpIntervalMs, realtimePriority });
    engine.repairJournal(null);
    await Promise.all(Array.from({ length: workers }, (_, i) => engine.spawn(i)));
    return engine;
  }

  /** Media legs this engine has created and not destroyed (main-thread view; workers report theirs in `workerInfo`). */
  get legCount(): number {
    return this.legWorker.size;
  }

  /** Number of worker threads. */
  get workerCount(): number {
    return this.slots.length;
  }

  /**
   * Finds recordings left open by a writer that died (this process's worker
   * `index`, or with index null any process that is no longer running) and
   * repairs their WAV headers.
   */
  private repairJournal(index: number | null): void {
    const dir = path.join(this.dataDir, JOURNAL_DIR);
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const m = /^(\d+)-w(\d+)-/.exec(name);
      if (!m) continue;
      const pid = Number(m[1]);
      if (index === null) {
        if (pid === process.pid) continue;
        let alive = true;
        try {
          process.kill(pid, 0);
        } catch {
          alive = false;
        }
        if (alive) continue;
      } else if (pid !== process.pid || Number(m[2]) !== index) continue;
      const j = path.join(dir, name);
      try {
        repairWav(fs.readFileSync(j, "utf8"));
      } catch {
        // unreadable journal entry: nothing to repair
      }
      fs.rmSync(j, { force: true });
    }
  }

  private spawn(index: number): Promise<void> {
    const init: WorkerInit = { ...this.init, index };
    const worker = newWorker(init);
    const slot: Slot = { index, worker, pending: new Map(), legs: new Set(), calls: 0, lastError: null, dead: false, startedAt: Date.now(), outbox: [], flush: () => {} };
    slot.flush = () => {
      const batch = slot.outbox;
      slot.outbox = [];
      if (!slot.dead && batch.length > 0) slot.worker.postMessage(batch);
    };
    this.slots[index] = slot;
    worker.on("message", (m: Reply | Reply[]) => {
      if (Array.isArray(m)) for (const r of m) this.onReply(slot, r);
      else this.onReply(slot, m);
    });
    worker.on("error", (e) => {
      slot.lastError = e;
    });
    worker.on("exit", (code) => this.onExit(slot, code));
    return new Promise((resolve, reject) => {
      worker.once("online", () => resolve());
      worker.once("error", reject);
    });
  }

  private onReply(slot: Slot, m: Reply): void {
    if ("ev" in m) {
      if (m.ev === "dtmf") this.emit("dtmf", m.legId, m.digit);
      else if (m.ev === "recordingError") this.emit("recordingError", m.path, m.error);
      else if (m.ev === "playEnded") this.emit("playEnded", m.legId);
      else if (m.ev === "playError") this.emit("playError", m.legId, m.error);
      return;
    }
    const p = slot.pending.get(m.id);
    if (!p) return;
    slot.pending.delete(m.id);
    if (m.ok) p.resolve(m.result);
    else p.reject(new Error(m.error));
  }

  private onExit(slot: Slot, code: number): void {
    if (this.slots[slot.index] !== slot) return;
    slot.dead = true;
    const err = slot.lastError ?? new Error(`media worker ${slot.index} exited with code ${code}`);
    for (const p of slot.pending.values()) p.reject(new Error(`media worker ${slot.index} died: ${err.message}`));
    slot.pending.clear();
    for (const legId of slot.legs) {
      this.legWorker.delete(legId);
      this.deadLegs.add(legId);
      this.links.delete(legId);
      const c = this.cross.get(legId);
      if (c) {
        this.cross.delete(c.linked);
        this.cross.delete(c.other);
      }
      this.memberRec.delete(legId);
      const roomId = this.legRoom.get(legId);
      if (roomId !== undefined) {
        this.legRoom.delete(legId);
        const room = this.rooms.get(roomId);
        room?.members.delete(legId);
        if (room && (room.members.size === 0 || room.index === slot.index)) {
          for (const m of room.members) {
            this.legRoom.delete(m);
            this.memberRec.delete(m);
          }
          this.rooms.delete(roomId);
        }
      }
      const callId = this.legCall.get(legId);
      this.legCall.delete(legId);
      if (callId !== undefined) this.callWorker.delete(callId);
    }
    if (this.closing) return;
    this.repairJournal(slot.index);
    this.emit("workerError", slot.index, err);
    // Restart at once, unless it keeps dying young (then back off up to 5 s).
    this.crashes[slot.index] = Date.now() - slot.startedAt < 10000 ? (this.crashes[slot.index] ?? 0) + 1 : 0;
    const delay = Math.min(5000, 100 * 2 ** (this.crashes[slot.index]! - 2));
    const restart = () => {
      if (this.closing) return;
      this.spawn(slot.index).catch((e) => this.emit("workerError", slot.index, e));
    };
    if (this.crashes[slot.index]! <= 1) restart();
    else setTimeout(restart, delay).unref();
  }

  private send(index: number, cmd: Command): void {
    const slot = this.slots[index]!;
    if (!slot.dead) this.post(slot, cmd);
  }

  /**
   * Commands to a worker go out as one array per event-loop turn: a call issues ~8 commands and each
   * postMessage costs ~30 µs of the signalling thread; the worker runs them in the order given. (Holding
   * them back for a minimum gap between posts was tried: at a few hundred calls/s it added timer wake-ups
   * of both threads instead of saving posts, docs/bench-sip.md.)
   */
  private post(slot: Slot, cmd: Command): void {
    slot.outbox.push(cmd);
    if (slot.outbox.length === 1) setImmediate(slot.flush);
  }

  private request<T>(index: number, make: (id: number) => Command): Promise<T> {
    const slot = this.slots[index]!;
    const id = this.nextReq++;
    if (slot.dead) return Promise.reject(new Error(`media worker ${index} is restarting`));
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.post(slot, make(id));
    });
  }

  private workerOf(legId: string): number | undefined {
    if (typeof legId !== "string") throw new TypeError("legId must be a string");
    return this.legWorker.get(legId);
  }

  /**
   * Allocates an even RTP port (RTCP = port+1) on the worker that owns callId.
   * All legs of one call share a worker; new calls go to the least loaded one.
   */
  async createLeg(callId: string, opts: CreateLegOptions = {}): Promise<{ legId: string; port: number }> {
    if (this.closing) throw new Error("media engine closed");
    if (typeof callId !== "string" || callId === "") throw new TypeError("callId must be a non-empty string");
    const codec = opts.codec ?? "PCMU";
    if (!isCodec(codec)) throw new TypeError(`unsupported codec ${String(codec)}`);
    const pt = opts.pt ?? defaultPt(codec);
    checkPt(pt, "pt");
    const dtmfPt = opts.dtmfPt === undefined ? 101 : opts.dtmfPt;
    if (dtmfPt !== null) checkPt(dtmfPt, "dtmfPt");
    let call = this.callWorker.get(callId);
    if (!call) {
      let best = this.slots[0]!;
      for (const s of this.slots) if ((best.dead && !s.dead) || (!s.dead && s.calls < best.calls)) best = s;
      call = { index: best.index, legs: 0 };
      best.calls++;
      this.callWorker.set(callId, call);
    }
    call.legs++;
    const index = call.index;
    const legId = `leg-${this.nextLeg++}`;
    const slot = this.slots[index]!;
    try {
      const port = await this.request<number>(index, (id) => ({
        op: "createLeg",
        id,
        legId,
        callId,
        codec,
        pt,
        dtmfPt,
        symmetric: opts.symmetric ?? true,
        inbandDtmf: opts.inbandDtmf ?? false,
      }));
      if (this.slots[index] !== slot) throw new Error("media worker died");
      this.legWorker.set(legId, index);
      this.legCall.set(legId, callId);
      this.legCodec.set(legId, codec);
      slot.legs.add(legId);
      return { legId, port };
    } catch (e) {
      this.releaseCall(callId, slot);
      throw e;
    }
  }

  private releaseCall(callId: string, slot: Slot): void {
    const call = this.callWorker.get(callId);
    if (!call) return;
    if (--call.legs <= 0) {
      this.callWorker.delete(callId);
      if (this.slots[call.index] === slot) slot.calls--;
    }
  }

  /** Where to send this leg's RTP (until a symmetric leg latches), and codec/payload type changes from SDP. */
  setRemote(legId: string, address: string, port: number, opts: { codec?: Codec; pt?: number; dtmfPt?: number | null } = {}): void {
    if (typeof address !== "string" || !IPV4.test(address)) throw new TypeError("address must be an IPv4 address");
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new TypeError("port must be 1..65535");
    if (opts.codec !== undefined && !isCodec(opts.codec)) throw new TypeError(`unsupported codec ${String(opts.codec)}`);
    if (opts.pt !== undefined) checkPt(opts.pt, "pt");
    if (opts.dtmfPt !== undefined && opts.dtmfPt !== null) checkPt(opts.dtmfPt, "dtmfPt");
    const w = this.workerOf(legId);
    if (w === undefined) return;
    let pt = opts.pt;
    if (pt === undefined && opts.codec !== undefined) pt = defaultPt(opts.codec);
    if (opts.codec !== undefined) this.legCodec.set(legId, opts.codec);
    this.after(legId, () => this.send(w, { op: "setRemote", legId, address, port, codec: opts.codec, pt, dtmfPt: opts.dtmfPt }));
  }

  /** Plays a tone or an 8 kHz WAV (other rates resampled) to the leg; replaces current playback; ignored while bridged or in a conference. */
  play(legId: string, source: PlaySource): void {
    if (!source || typeof source !== "object") throw new TypeError("play: source required");
    let cmd: Command;
    if ("tone" in source) {
      if (source.tone !== "ringback" && source.tone !== "busy" && source.tone !== "moh") throw new TypeError(`unknown tone ${String(source.tone)}`);
      cmd = { op: "play", legId, tone: source.tone, loop: true };
    } else if (typeof source.file === "string") {
      cmd = { op: "play", legId, file: this.resolve(source.file, true), loop: source.loop ?? false };
    } else throw new TypeError("play: tone or file required");
    const w = this.workerOf(legId);
    if (w !== undefined) this.after(legId, () => this.send(w, cmd));
  }

  stopPlay(legId: string): void {
    const w = this.workerOf(legId);
    if (w !== undefined) this.after(legId, () => this.send(w, { op: "stopPlay", legId }));
  }

  private resolve(p: string, allowAbsolute: boolean): string {
    if (typeof p !== "string" || p === "") throw new TypeError("path must be a non-empty string");
    if (path.isAbsolute(p)) {
      if (allowAbsolute) return p;
      throw new TypeError("recordingPath must be relative to dataDir");
    }
    const full = path.resolve(this.dataDir, p);
    if (!full.startsWith(this.dataDir + path.sep)) throw new TypeError("path escapes dataDir");
    return full;
  }

  // ------------------------------------------------------------ cross-worker links
  //
  // Legs of different calls may live on different workers. To bridge or
  // conference them, the leg is linked into the other worker by a pair of
  // internal legs: X on the leg's own worker (bridged to the leg) and P on the
  // target worker, sending to each other over the bind address. P then stands
  // in for the leg there. Costs one extra relay hop per direction; calls set
  // up with one callId never need it.

  /** Runs fn once the cross-worker setup this leg waits for is done (in order). */
  private after(legId: string, fn: () => void): void {
    const b = this.barrier.get(legId);
    if (b === undefined) fn();
    else {
      const next = b.then(fn, fn);
      this.barrier.set(legId, next);
      void next.finally(() => {
        if (this.barrier.get(legId) === next) this.barrier.delete(legId);
      });
    }
  }

  private hold(legId: string, p: Promise<unknown>): void {
    const b = this.barrier.get(legId);
    const next = (b ? b.then(() => p) : p).then(
      () => undefined,
      () => undefined,
    );
    this.barrier.set(legId, next);
    void next.finally(() => {
      if (this.barrier.get(legId) === next) this.barrier.delete(legId);
    });
  }

  private async createInternal(index: number, legId: string, codec: Codec): Promise<number> {
    const port = await this.request<number>(index, (id) => ({
      op: "createLeg",
      id,
      legId,
      callId: "(link)",
      codec,
      pt: defaultPt(codec),
      dtmfPt: 101,
      symmetric: false,
      inbandDtmf: false,
      internal: true,
    }));
    this.legWorker.set(legId, index);
    this.slots[index]!.legs.add(legId);
    return port;
  }

  /** Links legId into worker `target`; returns the stand-in leg's id there (usable once the barrier passes). */
  private linkLeg(legId: string, target: number): Link {
    const existing = this.links.get(legId);
    if (existing && existing.worker === target) return existing;
    if (existing) this.unlink(legId);
    const src = this.legWorker.get(legId)!;
    const n = this.nextLeg++;
    const link: Link = { worker: target, src, local: `${legId}~x${n}`, proxy: `${legId}~p${n}`, ready: Promise.resolve() };
    const codec = this.legCodec.get(legId) ?? "PCMU";
    link.ready = (async () => {
      const [xPort, pPort] = await Promise.all([this.createInternal(src, link.local, codec), this.createInternal(target, link.proxy, codec)]);
      const host = this.init.host;
      this.send(src, { op: "setRemote", legId: link.local, address: host, port: pPort });
      this.send(target, { op: "setRemote", legId: link.proxy, address: host, port: xPort });
      this.send(src, { op: "bridge", legA: legId, legB: link.local, recordingPath: null });
    })();
    link.ready.catch((e) => this.emit("workerError", target, e));
    this.links.set(legId, link);
    this.hold(legId, link.ready);
    return link;
  }

  private unlink(legId: string): void {
    const link = this.links.get(legId);
    if (!link) return;
    this.links.delete(legId);
    const drop = async () => {
      await link.ready.catch(() => undefined);
      await Promise.all([this.destroyInternal(link.local), this.destroyInternal(link.proxy)]);
    };
    this.hold(legId, drop());
  }

  private async destroyInternal(legId: string): Promise<void> {
    const w = this.legWorker.get(legId);
    if (w === undefined) return;
    this.legWorker.delete(legId);
    this.slots[w]!.legs.delete(legId);
    await this.request(w, (id) => ({ op: "destroyLeg", id, legId })).catch(() => undefined);
  }

  /** The id that stands for legId on worker `index` (itself, or its link's proxy). */
  private onWorker(legId: string, index: number): string {
    if (this.legWorker.get(legId) === index) return legId;
    return this.linkLeg(legId, index).proxy;
  }

  // ------------------------------------------------------------ bridging

  /**
   * Relays both ways; stops playback on both legs and takes them out of any
   * conference. With recordingPath, writes a stereo 16-bit 8 kHz WAV at
   * dataDir/<recordingPath> (legA left, legB right). An existing recording
   * at that path (same format) is appended to, not replaced: a call bridged
   * again after a transfer keeps one file (the time in between is not in it).
   * Legs of different calls on different workers are joined by an internal
   * link (one extra hop).
   */
  bridge(legA: string, legB: string, opts: { recordingPath?: string } = {}): void {
    const recordingPath = opts.recordingPath === undefined ? null : this.resolve(opts.recordingPath, false);
    const a = this.workerOf(legA);
    const b = this.workerOf(legB);
    if (a === undefined || b === undefined || legA === legB) return;
    for (const l of [legA, legB]) {
      if (this.cross.has(l)) this.unbridge(l);
      if (this.legRoom.has(l)) this.leaveConference(l);
    }
    if (a === b) {
      this.after(legA, () => this.send(a, { op: "bridge", legA, legB, recordingPath }));
      return;
    }
    // legA is linked into legB's worker; the recording lives there (proxy = left channel).
    const proxy = this.linkLeg(legA, b).proxy;
    const entry = { linked: legA, other: legB, proxy, worker: b };
    this.cross.set(legA, entry);
    this.cross.set(legB, entry);
    this.after(legA, () => this.send(b, { op: "bridge", legA: proxy, legB, recordingPath }));
    this.hold(legB, this.barrier.get(legA) ?? Promise.resolve());
  }

  /** Stops relaying between legA and its peer and finalises their recording. */
  unbridge(legA: string): void {
    const c = this.cross.get(legA);
    if (c) {
      this.cross.delete(c.linked);
      this.cross.delete(c.other);
      this.after(c.linked, () => this.send(c.worker, { op: "unbridge", legId: c.other }));
      this.unlink(c.linked);
      this.hold(c.other, this.barrier.get(c.linked) ?? Promise.resolve());
      return;
    }
    const w = this.workerOf(legA);
    if (w !== undefined) this.after(legA, () => this.send(w, { op: "unbridge", legId: legA }));
  }

  /** The worker and leg id holding the recording legId takes part in. */
  private recTarget(legId: string): [number, string] | undefined {
    const m = this.memberRec.get(legId);
    if (m !== undefined && this.legRoom.has(legId)) return [m, this.memberId(legId, m)];
    const c = this.cross.get(legId);
    if (c) return [c.worker, c.other];
    const w = this.workerOf(legId);
    return w === undefined ? undefined : [w, legId];
  }

  /** Pauses the recording this leg is part of; silence is written meanwhile (keeps timing). */
  pauseRecording(legA: string): void {
    const t = this.recTarget(legA);
    if (t) this.after(legA, () => this.send(t[0], { op: "pauseRec", legId: t[1] }));
  }

  resumeRecording(legA: string): void {
    const t = this.recTarget(legA);
    if (t) this.after(legA, () => this.send(t[0], { op: "resumeRec", legId: t[1] }));
  }

  // ------------------------------------------------------------ conferences

  /**
   * Puts the leg into conference room `roomId` (created on first join, gone
   * when empty): it leaves any bridge or playback and hears the sum of the
   * other members (N-1 mix, 20 ms frames, small jitter buffer). The room lives
   * on the worker of its first member; members from other workers are linked.
   */
  joinConference(roomId: string, legId: string, opts: ConferenceMemberOptions = {}): void {
    if (typeof roomId !== "string" || roomId === "") throw new TypeError("roomId must be a non-empty string");
    checkMember(opts);
    const w = this.workerOf(legId);
    if (w === undefined) return;
    const current = this.legRoom.get(legId);
    if (current !== undefined && current !== roomId) this.leaveConference(legId);
    if (this.cross.has(legId)) this.unbridge(legId);
    let room = this.rooms.get(roomId);
    if (!room) {
      room = { index: w, members: new Set() };
      this.rooms.set(roomId, room);
    }
    room.members.add(legId);
    this.legRoom.set(legId, roomId);
    const index = room.index;
    const id = this.onWorker(legId, index);
    const talkTo = opts.talkTo === undefined || opts.talkTo === null ? opts.talkTo : opts.talkTo.map((t) => this.memberId(t, index));
    this.after(legId, () => this.send(index, { op: "joinRoom", legId: id, roomId, muted: opts.muted, deaf: opts.deaf, talkTo }));
  }

  /** Changes a member's mute/deaf/whisper settings (unset fields keep their value). */
  updateConferenceMember(legId: string, opts: ConferenceMemberOptions): void {
    checkMember(opts);
    const roomId = this.legRoom.get(legId);
    const room = roomId === undefined ? undefined : this.rooms.get(roomId);
    if (!room) return;
    const index = room.index;
    const id = this.memberId(legId, index);
    const talkTo = opts.talkTo === undefined || opts.talkTo === null ? opts.talkTo : opts.talkTo.map((t) => this.memberId(t, index));
    this.after(legId, () => this.send(index, { op: "setMember", legId: id, muted: opts.muted, deaf: opts.deaf, talkTo }));
  }

  private memberId(legId: string, index: number): string {
    if (this.legWorker.get(legId) === index) return legId;
    return this.links.get(legId)?.proxy ?? legId;
  }

  /**
   * Records conference `roomId` (which must have a member) to a mono 16-bit
   * 8 kHz WAV at dataDir/<recordingPath>: the mix of every member that is not
   * muted and not whispering (what a listen-only member hears). Written
   * incrementally and journaled like call recordings (a crash leaves a file
   * whose header the next start repairs); recording the same path again
   * appends. `null` stops. The recording also ends when the room empties.
   * Returns false if there is no such room.
   */
  recordConference(roomId: string, recordingPath: string | null): boolean {
    if (typeof roomId !== "string" || roomId === "") throw new TypeError("roomId must be a non-empty string");
    const p = recordingPath === null ? null : this.resolve(recordingPath, false);
    const room = this.rooms.get(roomId);
    if (!room) return false;
    const index = room.index;
    // After every member's pending join on that worker (a linked member's join waits for its link).
    const members = [...room.members];
    const send = () => this.send(index, { op: "recordRoom", roomId, recordingPath: p });
    const pending = members.map((m) => this.barrier.get(m)).filter((x): x is Promise<void> => x !== undefined);
    if (pending.length === 0) send();
    else void Promise.allSettled(pending).then(send);
    return true;
  }

  /**
   * Records conference member `legId` (it must be in a room) to a stereo
   * 16-bit 8 kHz WAV at dataDir/<recordingPath>: the member's own audio left,
   * what it hears (the mix of the others, minus itself) right. For a call's
   * recording while its customer is in a three-way call: the same file as
   * bridge() writes, appended to (the time outside it is not in the file),
   * journaled, paused and resumed by pauseRecording/resumeRecording of the
   * leg. `null` stops; leaving the room (or a bridge, which leaves it) stops
   * it too, and a later bridge of the leg waits until this file is on disk,
   * even on another worker. Returns false if the leg is in no room.
   */
  recordConferenceMember(legId: string, recordingPath: string | null): boolean {
    const p = recordingPath === null ? null : this.resolve(recordingPath, false);
    const roomId = this.legRoom.get(legId);
    const room = roomId === undefined ? undefined : this.rooms.get(roomId);
    if (!room) return false;
    if (p === null) {
      this.stopMemberRecording(legId);
      return true;
    }
    const index = room.index;
    const id = this.memberId(legId, index);
    this.memberRec.set(legId, index);
    this.after(legId, () => {
      void this.request(index, (rid) => ({ op: "recordMember", id: rid, legId: id, recordingPath: p })).catch(() => undefined);
    });
    return true;
  }

  /** Ends a member's recording; the leg's next commands wait until the file is closed (its next recording may open it on another worker). */
  private stopMemberRecording(legId: string): void {
    const index = this.memberRec.get(legId);
    if (index === undefined) return;
    this.memberRec.delete(legId);
    const id = this.memberId(legId, index);
    const before = this.barrier.get(legId) ?? Promise.resolve();
    this.hold(
      legId,
      before.then(() => this.request(index, (rid) => ({ op: "recordMember", id: rid, legId: id, recordingPath: null }))),
    );
  }

  /** Takes the leg out of its conference. */
  leaveConference(legId: string): void {
    const roomId = this.legRoom.get(legId);
    if (roomId === undefined) return;
    this.stopMemberRecording(legId);
    this.legRoom.delete(legId);
    const room = this.rooms.get(roomId);
    if (!room) return;
    room.members.delete(legId);
    if (room.members.size === 0) this.rooms.delete(roomId);
    const index = room.index;
    const id = this.memberId(legId, index);
    this.after(legId, () => this.send(index, { op: "leaveRoom", legId: id }));
    if (id !== legId) this.unlink(legId);
  }

  /** Closes the leg's sockets, finalises its recording; resolves with its stats (zeros for a leg lost with its worker). */
  async destroyLeg(legId: string): Promise<LegStats> {
    const w = this.workerOf(legId);
    if (w === undefined) {
      this.deadLegs.delete(legId);
      return { ...ZERO_STATS };
    }
    if (this.cross.has(legId)) this.unbridge(legId);
    if (this.legRoom.has(legId)) this.leaveConference(legId);
    this.unlink(legId);
    const pending = this.barrier.get(legId);
    if (pending) await pending;
    const slot = this.slots[w]!;
    this.legWorker.delete(legId);
    this.legCodec.delete(legId);
    slot.legs.delete(legId);
    const callId = this.legCall.get(legId);
    this.legCall.delete(legId);
    if (callId !== undefined) this.releaseCall(callId, slot);
    try {
      const s = await this.request<LegStats | null>(w, (id) => ({ op: "destroyLeg", id, legId }));
      return s ?? { ...ZERO_STATS };
    } catch {
      return { ...ZERO_STATS };
    }
  }

  async stats(legId: string): Promise<LegStats> {
    const w = this.workerOf(legId);
    if (w === undefined) throw new Error(`unknown leg ${legId}`);
    return this.request<LegStats>(w, (id) => ({ op: "stats", id, legId }));
  }

  /** Index of the worker that owns the leg (diagnostics), undefined if unknown. */
  workerIndexOf(legId: string): number | undefined {
    return this.legWorker.get(legId);
  }

  /** Per worker: its OS thread id (Linux, -1 elsewhere), legs, recordings, ports, spare pairs (`WorkerInfo`). For benchmarks and diagnostics. */
  workerInfo(): Promise<Array<WorkerInfo>> {
    return Promise.all(this.slots.map((s) => this.request<WorkerInfo>(s.index, (id) => ({ op: "info", id }))));
  }

  /** Test hook: makes worker `index` throw an uncaught error (it is then restarted). */
  crashWorkerForTest(index: number): void {
    this.send(index, { op: "crash" });
  }

  /** Terminates workers, closes all sockets, finalises recordings. Idempotent. */
  close(): Promise<void> {
    if (this.closed) return this.closed;
    this.closing = true;
    this.closed = (async () => {
      await Promise.all(
        this.slots.map(async (s) => {
          const done = this.request<null>(s.index, (id) => ({ op: "close", id })).catch(() => null);
          await Promise.race([done, new Promise((r) => setTimeout(r, 3000).unref())]);
          await s.worker.terminate();
        }),
      );
      this.legWorker.clear();
      this.legCall.clear();
      this.callWorker.clear();
    })();
    return this.closed;
  }
}
