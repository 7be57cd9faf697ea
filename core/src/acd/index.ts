/**
 * ACD: skills-based routing engine (pure TypeScript, no I/O, event driven).
 * See docs/acd.md for the design, indexes, strategies and measured numbers.
 */
export { AcdEngine } from "./engine.ts";
export { STRATEGIES } from "./types.ts";
export type {
  AcdAgentConfig,
  AcdAgentQueue,
  AcdCallInput,
  AcdEngineOptions,
  AcdHooks,
  AcdQueueConfig,
  AgentState,
  AgentView,
  CallOutcome,
  CancelReason,
  EscalationStep,
  Offer,
  OverflowAction,
  OverflowRule,
  QueueStats,
  Strategy,
} from "./types.ts";
