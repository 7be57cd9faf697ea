// Flow graph and host contract of the IVR. A flow is plain JSON (stored by
// control, versioned); the engine runs it against an IvrHost, the only way
// it touches a call, so the same code runs under the call manager and under
// a fake host in tests.

/** Call variables: strings only, so they map 1:1 onto screen-pop data and CDR fields. */
export type Vars = Record<string, string>;

/** Something to play. The host resolves it to audio (see PromptLibrary.resolve). */
export type PromptRef =
  /** A tenant prompt by name (recording or text-to-prompt, managed by control). */
  | { prompt: string }
  /** Text rendered by text-to-prompt; `${var}` templates are already expanded by the engine. Voice default "en". */
  | { text: string; voice?: string }
  /** A number, digit string or duration spoken from pre-rendered fragments. */
  | { say: "number" | "digits" | "minutes"; value: string; lang: "en" | "zh" }
  /** A file on the core host (music, system prompts). */
  | { file: string };

export interface CollectOpts {
  /** Stop after this many digits. */
  maxDigits: number;
  /** A digit that ends input early and is not returned ("" = none). */
  terminator: string;
  /** Time allowed for the first digit, ms. */
  firstDigitTimeoutMs: number;
  /** Time allowed between digits, ms. */
  interDigitTimeoutMs: number;
}

export interface CollectResult {
  digits: string;
  /** Why input ended. "hangup": the caller is gone. */
  reason: "max" | "terminator" | "timeout" | "hangup";
}

export interface HttpRequest {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  /** Request body (POST), already a string. */
  body?: string;
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  body: string;
}

export interface QueueStats {
  waiting: number;
  /** Estimated wait for a new caller, seconds. */
  ewtS: number;
  agentsReady: number;
}

export type TransferTarget = { kind: "extension" | "number"; value: string };

/**
 * What the engine needs from a call. Implemented by the call manager for
 * real calls (media play + DTMF events), by a fake in tests. Every method
 * that waits resolves "hangup" (or a hangup reason) once the caller is gone;
 * none of them should reject for a caller hangup.
 */
export interface IvrHost {
  /**
   * Plays prompts in order. bargeIn: a DTMF digit stops playback; that digit
   * stays buffered and is the first one the next collectDigits returns.
   */
  play(prompts: PromptRef[], opts: { bargeIn: boolean }): Promise<"done" | "interrupted" | "hangup">;
  /** Collects digits, buffered ones first (see DigitCollector for a ready implementation). */
  collectDigits(opts: CollectOpts): Promise<CollectResult>;
  /** Drops buffered digits (before a menu re-prompt so stale presses do not count). */
  flushDigits(): void;
  /** Hands the call to the ACD. The IVR ends here. */
  enqueue(queueId: string, opts: { priority: number; skills: string[]; vars: Vars }): void;
  /** Transfers the call (blind). The IVR ends here. */
  transfer(target: TransferTarget, vars: Vars): void;
  /** Records a voicemail for `box` (queue id, agent id or extension) after the greeting; resolves when done. */
  voicemail(box: string, opts: { maxSeconds: number; vars: Vars }): Promise<"recorded" | "hangup">;
  /** Registers a callback request (漏接回访) for `number`. */
  requestCallback(number: string, opts: { queueId: string; vars: Vars }): void;
  /** Ends the call. */
  hangup(cause: string): void;
  /** HTTP for http_lookup. Must reject (or the engine times out) after opts.timeoutMs. See fetchHttp. */
  httpFetch(req: HttpRequest): Promise<HttpResponse>;
  /** Live queue statistics for conditions, or null if the queue is unknown. Optional. */
  queueStats?(queueId: string): QueueStats | null;
  /** Epoch ms; injectable so business hours are testable. */
  now(): number;
  /** Structured trace (node entered, exit taken, lookup failed...). */
  log(event: string, detail: Record<string, unknown>): void;
}

/** One node of a flow graph. */
export interface NodeDef {
  type: string;
  params?: Record<string, unknown>;
  /** exit name -> node id. */
  exits?: Record<string, string>;
  /** Reaching this node's end counts the call as served by self-service (IVR 终级服务单元). Default false. */
  served?: boolean;
}

/** Weekly opening hours + holiday calendar. Times are local to `tz`. */
export interface CalendarDef {
  /** IANA time zone. Default "UTC". */
  tz?: string;
  /** Day ("mon".."sun") -> list of ["HH:MM","HH:MM") ranges. Missing day = closed. */
  weekly: Partial<Record<Weekday, [string, string][]>>;
  /** Dates ("YYYY-MM-DD") closed all day (节假日). */
  holidays?: string[];
  /** Dates with their own hours, overriding weekly and holidays (调休 make-up working days). */
  special?: Record<string, [string, string][]>;
}

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export interface FlowDef {
  /** Flow id (control's uuid). */
  id: string;
  /** Version number (published versions are immutable). */
  version: number;
  name?: string;
  /** Node id where calls start. */
  start: string;
  nodes: Record<string, NodeDef>;
  /** Named calendars used by condition nodes. */
  calendars?: Record<string, CalendarDef>;
}

export interface Problem {
  code:
    | "bad_flow"
    | "no_start"
    | "unknown_type"
    | "bad_params"
    | "unreachable"
    | "missing_exit"
    | "unknown_exit"
    | "unknown_target"
    | "loop_without_exit"
    | "unknown_prompt"
    | "unknown_queue"
    | "unknown_calendar";
  node?: string;
  exit?: string;
  message: string;
}

/** Existence checks for references, supplied by whoever validates (control preloads the tenant's names). */
export interface FlowLookups {
  prompt?(name: string): boolean;
  queue?(id: string): boolean;
  /** A calendar the tenant defines outside the flow (merged into `calendars` before core compiles the flow). */
  calendar?(name: string): boolean;
}

/** How a flow run ended. */
export interface IvrOutcome {
  flowId: string;
  version: number;
  end: "enqueued" | "transferred" | "voicemail" | "hangup" | "caller_hangup" | "error" | "aborted";
  /** Counts as answered/served by the IVR (self-service completion). */
  served: boolean;
  vars: Vars;
  /** Node ids in the order entered. */
  path: string[];
  queueId?: string;
  transfer?: TransferTarget;
  /** For end "error": what went wrong. */
  error?: string;
  durationMs: number;
}
