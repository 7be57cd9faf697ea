// Platform-wide operational state for platform admins: core's counters
// (SIP received/malformed/dropped, calls, auth failures, CDR spool) and the
// link state. Tenants never see these: they describe the shared switch.
import { CoreUnavailableError } from "../corelink/index.ts";
import type { ApiDeps } from "./api.ts";
import { ApiError } from "./errors.ts";
import type { Router } from "./router.ts";

const PLATFORM = ["platform_admin"] as const;

export function registerSystem(r: Router, deps: ApiDeps): void {
  r.add("get", "/api/v1/system/metrics", { auth: PLATFORM, summary: "Core counters (platform admin)", tag: "system" }, async () => {
    let res: Awaited<ReturnType<typeof deps.core.command>>;
    try {
      res = await deps.core.command({ snapshot: { tenantId: "" } }, 2000);
    } catch (err) {
      if (err instanceof CoreUnavailableError) throw new ApiError("core_unavailable", err.message);
      throw err;
    }
    const counters: Record<string, number> = {};
    for (const [k, v] of Object.entries(res.snapshot?.counters ?? {})) counters[k] = Number(v);
    return { json: { coreConnected: deps.core.connected, counters } };
  });
}
