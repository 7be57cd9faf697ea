// Stack throughput against real SIPp: SIPp uac -> SipStack (TU answers INVITE 200+SDP, BYE 200) at a fixed call
// rate, with the anchor SIPp uac -> SIPp uas measured in the same run. Prints calls ok/failed, retransmissions
// and the stack process's CPU per call. Never gates anything; run by hand:
//   node --import tsx core/src/sip/stack.bench.ts [rate=300] [seconds=4]
import { SipStack } from "./index.ts";
import { freePort, runSipp, waitUdp } from "./sipp.ts";

const rate = Number(process.argv[2] ?? 300);
const seconds = Number(process.argv[3] ?? 4);
const calls = Math.max(1, Math.round(rate * seconds));
const SDP = Buffer.from("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\n");

function stats(out: string): { ok: number; failed: number; retrans: number } {
  // -trace_stat is heavy; the final screen printed on exit has the totals
  const ok = Number(/Successful call\s+\|\s+\d+\s+\|\s+(\d+)/.exec(out)?.[1] ?? -1);
  const failed = Number(/Failed call\s+\|\s+\d+\s+\|\s+(\d+)/.exec(out)?.[1] ?? -1);
  const retrans = [...out.matchAll(/^\s+\S+ (?:-+>|<-+)\s+\S*\s+\d+\s+(\d+)/gm)].reduce((a, m) => a + Number(m[1]), 0);
  return { ok, failed, retrans };
}

async function main(): Promise<void> {
  let acks = 0;
  const stack = new SipStack({
    port: 0,
    tcp: false,
    onRequest: (tx) => {
      if (tx.request.method === "INVITE") {
        tx.respond(200, { toTag: "b1", body: SDP, contentType: "application/sdp", headers: [["Contact", "<sip:b@127.0.0.1>"]] });
      } else tx.respond(200);
    },
    onAck: () => {
      acks++;
    },
  });
  await stack.start();
  const args = ["-sn", "uac", "-i", "127.0.0.1", "-r", String(rate), "-m", String(calls), "-d", "0", "-timeout", `${seconds * 3 + 10}s`];
  try {
    // round 0 warms the JIT (its compile threads count in process CPU); round 1 is reported
    for (let round = 0; round < 2; round++) {
      const cpu0 = process.cpuUsage();
      const t0 = Date.now();
      const ours = runSipp([`127.0.0.1:${stack.port}`, ...args, "-p", String(await freePort())], seconds * 3 + 20);
      const r = await ours.done;
      const ms = Date.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      if (round === 0) continue;
      const s = stats(r.stdout);
      const usPerCall = (cpu.user + cpu.system) / Math.max(1, s.ok);
      console.log(`switchboard: ${s.ok}/${calls} ok, ${s.failed} failed, ${s.retrans} retransmissions seen by SIPp, ${ms} ms, ${(s.ok / (ms / 1000)).toFixed(0)} calls/s, process CPU ${usPerCall.toFixed(0)} us/call (user ${(cpu.user / 1000).toFixed(0)} ms, system ${(cpu.system / 1000).toFixed(0)} ms; INVITE/200/ACK/BYE/200), acks ${acks}`);
    }
    console.log(`stack counters ${JSON.stringify(stack.counters)}`);
  } finally {
    await stack.close();
  }
  // anchor: SIPp against SIPp
  const uasPort = await freePort();
  const uas = runSipp(["-sn", "uas", "-i", "127.0.0.1", "-p", String(uasPort), "-timeout", `${seconds * 3 + 10}s`], seconds * 3 + 20);
  try {
    await waitUdp(uasPort);
    const t0 = Date.now();
    const uac = runSipp([`127.0.0.1:${uasPort}`, ...args, "-p", String(await freePort())], seconds * 3 + 20);
    const r = await uac.done;
    const ms = Date.now() - t0;
    const s = stats(r.stdout);
    console.log(`anchor sipp uas: ${s.ok}/${calls} ok, ${s.failed} failed, ${s.retrans} retransmissions, ${ms} ms`);
  } finally {
    uas.kill();
    await uas.done;
  }
}

await main();
