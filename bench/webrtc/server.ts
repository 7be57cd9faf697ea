// The server under test: one child process per candidate library, holding N
// WebRTC audio legs that relay to plain RTP. Its own CPU (all threads,
// process.cpuUsage) over the measurement window is the number reported.
//
// Messages in:  {type:"legs", lib, offers, rtpTarget} -> {type:"answers", sdps}
//               {type:"connected"}                     -> {type:"connected", ok}
//               {type:"mark"}                          -> {type:"marked"}   (start CPU window)
//               {type:"report"}                        -> {type:"report", cpuUs, wallMs, fromPeer, toPeer, dropped, rssMb}
//               {type:"close"}                         -> exits
import { createServerLeg, type Lib, type ServerLeg } from "./legs.ts";

const legs: ServerLeg[] = [];
let cpu0 = process.cpuUsage();
let wall0 = performance.now();

function reply(m: unknown): void {
  process.send!(m);
}

process.on("message", async (m: { type: string; lib?: Lib; offers?: string[]; rtpTarget?: number }) => {
  try {
    if (m.type === "legs") {
      const created = await Promise.all(m.offers!.map(() => createServerLeg(m.lib!, m.rtpTarget!)));
      legs.push(...created);
      const sdps = await Promise.all(created.map((l, i) => l.answer(m.offers![i]!)));
      reply({ type: "answers", sdps });
    } else if (m.type === "connected") {
      const ok = await Promise.race([
        Promise.all(legs.map((l) => l.connected)).then(() => legs.length),
        new Promise<number>((r) => setTimeout(() => r(-1), 15000)),
      ]);
      reply({ type: "connected", ok });
    } else if (m.type === "mark") {
      cpu0 = process.cpuUsage();
      wall0 = performance.now();
      reply({ type: "marked" });
    } else if (m.type === "report") {
      const c = process.cpuUsage(cpu0);
      let fromPeer = 0;
      let toPeer = 0;
      let dropped = 0;
      for (const l of legs) {
        fromPeer += l.counters.fromPeer;
        toPeer += l.counters.toPeer;
        dropped += l.counters.dropped;
      }
      reply({
        type: "report",
        cpuUs: c.user + c.system,
        wallMs: performance.now() - wall0,
        fromPeer,
        toPeer,
        dropped,
        rssMb: Math.round(process.memoryUsage().rss / 1048576),
      });
    } else if (m.type === "close") {
      for (const l of legs) l.close();
      setTimeout(() => process.exit(0), 200);
    }
  } catch (e) {
    reply({ type: "error", message: String(e) });
  }
});
process.on("disconnect", () => process.exit(0));
