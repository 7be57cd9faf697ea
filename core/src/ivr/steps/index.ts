// The step table: type name -> step. One file per step.
import { callback } from "./callback.ts";
import { collect } from "./collect.ts";
import type { Step } from "./common.ts";
import { condition } from "./condition.ts";
import { enqueue } from "./enqueue.ts";
import { hangup } from "./hangup.ts";
import { httpLookup } from "./http-lookup.ts";
import { menu } from "./menu.ts";
import { play } from "./play.ts";
import { set } from "./set.ts";
import { survey } from "./survey.ts";
import { transfer } from "./transfer.ts";
import { voicemail } from "./voicemail.ts";

// biome-ignore lint/suspicious/noExplicitAny: each step has its own params type
export const STEPS: ReadonlyMap<string, Step<any>> = new Map(
  [play, menu, collect, httpLookup, set, condition, enqueue, transfer, voicemail, callback, survey, hangup].map((s) => [s.type, s]),
);
export type { Step, StepContext, StepResult } from "./common.ts";
