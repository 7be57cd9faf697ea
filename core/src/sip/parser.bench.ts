// Parser/serializer micro-benchmark: ns/op for parseMessage + toBuffer of a typical INVITE with SDP,
// plus parse alone and parse + lazy From/To/Via/CSeq access. Run: node --import tsx core/src/sip/parser.bench.ts
import { isParseFailure, parseMessage } from "./index.ts";

const sdp = "v=0\r\no=alice 2890844526 2890844526 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=ptime:20\r\na=sendrecv\r\n";
const INVITE = Buffer.from([
  "INVITE sip:1002@switchboard.example.com SIP/2.0",
  "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9a1b2c3d;rport",
  "Max-Forwards: 70",
  "From: \"Alice\" <sip:1001@switchboard.example.com>;tag=9fxced76sl",
  "To: <sip:1002@switchboard.example.com>",
  "Call-ID: 3848276298220188511@192.0.2.10",
  "CSeq: 1 INVITE",
  "Contact: <sip:1001@192.0.2.10:5060;transport=udp>",
  "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, REFER, NOTIFY",
  "Supported: replaces, timer",
  "User-Agent: baresip v3.0.0",
  "Content-Type: application/sdp",
  `Content-Length: ${sdp.length}`,
  "",
  sdp,
].join("\r\n"));

function bench(name: string, n: number, f: () => void): void {
  for (let i = 0; i < 20000; i++) f(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < 7; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) f();
    wall.push(Number(process.hrtime.bigint() - t0) / n);
    const c = process.cpuUsage(c0);
    cpu.push(((c.user + c.system) * 1000) / n);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  // on a shared, loaded machine wall time includes waiting for a core; CPU time per op is the steadier figure
  console.log(`${name.padEnd(32)} wall median ${wall[3]?.toFixed(0)} ns/op (best ${wall[0]?.toFixed(0)})  cpu median ${cpu[3]?.toFixed(0)} ns/op (best ${cpu[0]?.toFixed(0)})`);
}

let sink = 0;
bench("parse", 100000, () => {
  const m = parseMessage(INVITE);
  if (!isParseFailure(m)) sink += m.headers.length;
});
bench("parse + From/To/topVia/CSeq", 100000, () => {
  const m = parseMessage(INVITE);
  if (!isParseFailure(m)) sink += (m.from?.params.size ?? 0) + (m.to ? 1 : 0) + (m.topVia?.port ?? 0) + m.cseq.seq;
});
bench("parse + serialize (toBuffer)", 100000, () => {
  const m = parseMessage(INVITE);
  if (!isParseFailure(m)) sink += m.toBuffer().length;
});
console.log(`INVITE ${INVITE.length} bytes; sink ${sink > 0}`);
