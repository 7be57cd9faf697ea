// RFC 4475 / RFC 5118 torture messages: parser verdicts, then the same bytes through a running SipStack over
// UDP and TCP. Data lives beside the repo (CI clones shared/ next to main/).
import assert from "node:assert/strict";
import dgram from "node:dgram";
import { readFileSync } from "node:fs";
import net from "node:net";
import { after, before, describe, it } from "node:test";
import { SipStack, isParseFailure, parseMessage, validateRequest } from "./index.ts";

const DIR = new URL("../../../../shared/testdata/sip-torture/", import.meta.url);

interface Entry {
  file: string;
  wire_file?: string;
  expect: "valid" | "invalid";
  response: string;
  liberal_accept_ok?: boolean;
  layer: string;
}

const manifest: Entry[] = JSON.parse(readFileSync(new URL("manifest.json", DIR), "utf8"));
const bytes = (e: Entry): Buffer => readFileSync(new URL(e.wire_file ?? e.file, DIR));
/** status codes the RFC text prescribes for this message (empty = "an error" / no specific code) */
const codes = (e: Entry): number[] => (e.response.match(/\b[1-6]\d\d\b/g) ?? []).map(Number);
const isResponseBytes = (b: Buffer): boolean => b.subarray(0, 4).toString("latin1") === "SIP/";
/** the stack answers these itself; any other valid request must reach the TU */
const STACK_CODES = new Set([416, 420]);

describe("RFC 4475/5118 torture: parser", { timeout: 10000 }, () => {
  it("has the full corpus", () => {
    assert.ok(manifest.length >= 60, `manifest has ${manifest.length} entries`);
  });
  for (const e of manifest) {
    it(`${e.file} (${e.expect})`, () => {
      const buf = bytes(e);
      const m = parseMessage(buf);
      const verdict = isParseFailure(m) ? m : m.isRequest ? validateRequest(m) : null;
      if (e.expect === "valid") {
        if (verdict === null) return;
        assert.ok(codes(e).includes(verdict.status), `valid message rejected: ${verdict.status} ${verdict.reason}`);
        return;
      }
      if (verdict === null) {
        assert.ok(e.liberal_accept_ok, "invalid message accepted");
        return;
      }
      const c = codes(e);
      if (c.length > 0 && verdict.partial !== null) {
        assert.ok(c.includes(verdict.status), `got ${verdict.status}, RFC says ${e.response}`);
      }
    });
  }
  it("the bit-exact RFC 5118 archive files (LF line ends) never throw", () => {
    for (const e of manifest) if (e.wire_file) parseMessage(readFileSync(new URL(e.file, DIR)));
  });
});

for (const transport of ["udp", "tcp"] as const) {
  describe(`RFC 4475/5118 torture: SipStack over ${transport}`, { timeout: 60000 }, () => {
    let stack: SipStack;
    let out: Buffer[] = [];
    let tuCalls = 0;
    before(async () => {
      stack = new SipStack({
        port: 0,
        udp: transport === "udp",
        tcp: transport === "tcp",
        onRequest: (tx) => {
          tuCalls++;
          const m = tx.request.method;
          tx.respond(m === "INVITE" ? 486 : ["OPTIONS", "REGISTER", "BYE", "MESSAGE"].includes(m) ? 200 : 501);
        },
        onTrace: (dir, data) => {
          if (dir === "out") out.push(data);
        },
      });
      await stack.start();
    });
    after(async () => {
      await stack.close();
    });

    async function deliver(buf: Buffer): Promise<{ statuses: number[]; closed: boolean }> {
      out = [];
      const c0 = stack.counters.dropped + stack.counters.malformed;
      const settled = () => out.length > 0 || stack.counters.dropped + stack.counters.malformed !== c0;
      let closed = false;
      let sock: dgram.Socket | net.Socket;
      if (transport === "udp") {
        const u = dgram.createSocket("udp4");
        sock = u;
        u.send(buf, stack.port, "127.0.0.1");
      } else {
        const t = net.connect(stack.port, "127.0.0.1");
        sock = t;
        t.on("error", () => {});
        t.on("close", () => {
          closed = true;
        });
        t.write(buf);
      }
      const end = Date.now() + 300;
      while (!settled() && !closed && Date.now() < end) await new Promise((r) => setTimeout(r, 2));
      // let a close after a reply arrive
      if (transport === "tcp") await new Promise((r) => setTimeout(r, 15));
      if (sock instanceof net.Socket) sock.destroy();
      else sock.close();
      const statuses = out.map((b) => Number(b.subarray(8, 11).toString("latin1")));
      return { statuses, closed };
    }

    for (const e of manifest) {
      it(`${e.file} (${e.expect}: ${e.response})`, async () => {
        const buf = bytes(e);
        const tu0 = tuCalls;
        const d0 = stack.counters.dropped;
        const r0 = stack.counters.retransmissionsAbsorbed;
        const { statuses, closed } = await deliver(buf);
        // several RFC messages reuse one Via branch + sent-by: the stack rightly absorbs the later ones as
        // retransmissions of a live transaction and replays the cached answer (§17.2.3)
        const absorbed = stack.counters.retransmissionsAbsorbed > r0 && statuses.length > 0;
        const reachedTu = tuCalls > tu0 || absorbed;
        const c = codes(e);
        if (isResponseBytes(buf)) {
          assert.deepEqual(statuses, [], "no response to a response");
          assert.ok(stack.counters.dropped > d0, "response dropped and counted");
          return;
        }
        if (e.expect === "valid") {
          const stackCode = c.find((x) => STACK_CODES.has(x));
          if (stackCode !== undefined) {
            assert.deepEqual(statuses, [stackCode]);
            assert.equal(reachedTu, false);
          } else if (e.file === "badbranch.dat") {
            assert.ok(reachedTu || statuses[0] === 400);
          } else {
            assert.ok(reachedTu, `valid request did not reach the TU (stack sent ${statuses})`);
          }
          return;
        }
        // invalid
        if (reachedTu) {
          assert.ok(e.liberal_accept_ok, "invalid request reached the TU");
          return;
        }
        if (statuses.length > 0) {
          const s = statuses[0] as number;
          assert.ok(c.length === 0 || c.includes(s), `answered ${s}, RFC says ${e.response}`);
        } else {
          // over a stream an unterminated header section or a short body can only be waited for (RFC 4475 §3.1.2.2)
          const incomplete = transport === "tcp" && (e.file === "clerr.dat" || buf.indexOf("\r\n\r\n") < 0);
          assert.ok(stack.counters.dropped > d0 || closed || incomplete,
            "neither answered nor dropped");
        }
        if (transport === "tcp" && /close connection/.test(e.response)) assert.ok(closed, "stream closed after a framing error");
      });
    }

    it("still answers a normal request afterwards", async () => {
      const opt = Buffer.from([
        "OPTIONS sip:sb@127.0.0.1 SIP/2.0", "Via: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKafter;rport",
        "From: <sip:t@127.0.0.1>;tag=a", "To: <sip:sb@127.0.0.1>", "Call-ID: after", "CSeq: 1 OPTIONS",
        "Content-Length: 0", "", ""].join("\r\n"));
      const { statuses } = await deliver(opt);
      assert.deepEqual(statuses, [200]);
    });
  });
}
