/**
 * npm run simulate -- --agents N --rate CALLS_PER_S --aht SECONDS --target SECONDS --duration SECONDS
 *                     [--patience SECONDS] [--seed S] [--wrap S] [--dist exp|lognormal] [--cv X]
 *                     [--queues Q] [--agent-queues K] [--strategy NAME] [--warmup S] [--json]
 * With --json the last line is one JSON object (offered, answered, abandoned, service_level, asa_s, occupancy, ...).
 */
import { STRATEGIES, type Strategy } from "../types.ts";
import { type SimOptions, simulate } from "./sim.ts";

function parse(argv: string[]): { opts: SimOptions; json: boolean } {
  const v = new Map<string, string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") json = true;
    else if (a.startsWith("--")) {
      const val = argv[i + 1];
      if (val === undefined) throw new TypeError(`${a} needs a value`);
      v.set(a.slice(2), val);
      i++;
    } else throw new TypeError(`unexpected argument ${a}`);
  }
  const num = (k: string, required: boolean): number | undefined => {
    const s = v.get(k);
    if (s === undefined) {
      if (required) throw new TypeError(`--${k} is required`);
      return undefined;
    }
    const n = Number(s);
    if (!Number.isFinite(n)) throw new TypeError(`--${k} must be a number`);
    return n;
  };
  const strategy = v.get("strategy");
  if (strategy !== undefined && !STRATEGIES.includes(strategy as Strategy)) throw new TypeError(`--strategy: one of ${STRATEGIES.join(", ")}`);
  const dist = v.get("dist");
  if (dist !== undefined && dist !== "exp" && dist !== "lognormal") throw new TypeError("--dist: exp or lognormal");
  return {
    json,
    opts: {
      agents: num("agents", true)!,
      rate: num("rate", true)!,
      aht: num("aht", true)!,
      target: num("target", true)!,
      duration: num("duration", true)!,
      patience: num("patience", false),
      seed: num("seed", false),
      wrap: num("wrap", false),
      dist: dist as "exp" | "lognormal" | undefined,
      cv: num("cv", false),
      queues: num("queues", false),
      agentQueues: num("agent-queues", false),
      strategy: strategy as Strategy | undefined,
      warmup: num("warmup", false),
    },
  };
}

try {
  const { opts, json } = parse(process.argv.slice(2));
  const r = simulate(opts);
  if (!json) {
    const th = r.theory;
    console.log(`agents ${r.agents}, ${r.rate} calls/s, AHT ${r.aht_s} s, target ${r.target_s} s, ${r.duration_s} s simulated`);
    console.log(`offered ${r.offered}  answered ${r.answered}  abandoned ${r.abandoned} (${(r.abandon_rate * 100).toFixed(2)}%)`);
    console.log(`service level ${(r.service_level * 100).toFixed(2)}% (+/- ${(r.service_level_se * 100).toFixed(2)})  ASA ${r.asa_s.toFixed(2)} s (+/- ${r.asa_se.toFixed(2)})  occupancy ${(r.occupancy * 100).toFixed(1)}%`);
    if (th !== null)
      console.log(`${th.model}: service level ${(th.service_level * 100).toFixed(2)}%  ASA ${th.asa_s.toFixed(2)} s  occupancy ${(th.occupancy * 100).toFixed(1)}%${th.model === "erlang_a" ? `  abandon ${(th.p_abandon * 100).toFixed(2)}%` : ""}`);
    console.log(`engine: ${r.engine_events} events, ${r.engine_decisions} decisions, ${r.engine_us_per_event} us/event; wall ${r.wall_ms} ms`);
  }
  console.log(JSON.stringify(r));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 2;
}
