// IVR: flow graphs (validate on save, compile once per version), the flow
// runner against a small host interface, business calendars, expressions,
// DTMF collection and text-to-prompt rendering.
export { runFlow, FlowRegistry, type RunOptions } from "./engine.ts";
export { compileFlow, validateFlow, FlowError, MAX_NODES, type Flow } from "./flow.ts";
export { isOpen, localTime, checkCalendar } from "./calendar.ts";
export { compileExpr, ExprError } from "./expr.ts";
export { DigitCollector } from "./digits.ts";
export { simulateFlow, type SimulateOptions, type SimEvent } from "./simulate.ts";
export { MediaPromptPlayer, type MediaPromptPlayerOptions, type MediaPlayTarget } from "./player.ts";
export { DEFAULT_IVR_HTTP_DENY, fetchHttp, makeFetchHttp, parseAddressList, type HttpFetchOptions } from "./http.ts";
export {
  PromptRenderer,
  type PromptRendererOptions,
  PromptLibrary,
  type TenantPrompt,
  espeakVoice,
  numberWordsEn,
  numberWordsZh,
  sayWords,
  queuePositionPrompts,
  ewtPrompts,
  wavDurationMs,
} from "./prompts.ts";
export { STEPS } from "./steps/index.ts";
export { STEP_CATALOG, type StepDoc, type ParamDoc } from "./catalog.ts";
export type {
  CalendarDef,
  CollectOpts,
  CollectResult,
  FlowDef,
  FlowLookups,
  HttpRequest,
  HttpResponse,
  IvrHost,
  IvrOutcome,
  NodeDef,
  Problem,
  PromptRef,
  QueueStats,
  TransferTarget,
  Vars,
  Weekday,
} from "./types.ts";
