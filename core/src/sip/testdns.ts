// Test helper (internal, tests only): a tiny authoritative DNS server on 127.0.0.1 over UDP that answers
// A, AAAA, SRV and NAPTR from a table (RFC 1035 §4 wire format, RFC 2782 SRV and RFC 3403 NAPTR RDATA).
// Unknown names get NXDOMAIN, known names without that type an empty answer (NODATA).
import dgram from "node:dgram";

export type TestRecord =
  | { type: "A"; address: string }
  | { type: "AAAA"; address: string }
  | { type: "SRV"; priority: number; weight: number; port: number; target: string }
  | { type: "NAPTR"; order: number; preference: number; flags: string; service: string; regexp: string; replacement: string };

const TYPES: Record<string, number> = { A: 1, AAAA: 28, SRV: 33, NAPTR: 35 };

function encodeName(name: string): Buffer {
  const parts: Buffer[] = [];
  for (const label of name.replace(/\.$/, "").split(".")) {
    if (label === "") continue;
    const b = Buffer.from(label, "ascii");
    parts.push(Buffer.from([b.length]), b);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

function charString(s: string): Buffer {
  const b = Buffer.from(s, "ascii");
  return Buffer.concat([Buffer.from([b.length]), b]);
}

function u16(...v: number[]): Buffer {
  const b = Buffer.alloc(v.length * 2);
  for (let i = 0; i < v.length; i++) b.writeUInt16BE(v[i] as number, i * 2);
  return b;
}

function rdata(r: TestRecord): Buffer {
  switch (r.type) {
    case "A":
      return Buffer.from(r.address.split(".").map(Number));
    case "AAAA": {
      const full = r.address.includes("::")
        ? (() => {
            const [a, b] = r.address.split("::") as [string, string];
            const ha = a ? a.split(":") : [];
            const hb = b ? b.split(":") : [];
            return [...ha, ...Array(8 - ha.length - hb.length).fill("0"), ...hb];
          })()
        : r.address.split(":");
      return u16(...full.map((x) => Number.parseInt(x, 16)));
    }
    case "SRV":
      return Buffer.concat([u16(r.priority, r.weight, r.port), encodeName(r.target)]);
    case "NAPTR":
      return Buffer.concat([u16(r.order, r.preference), charString(r.flags), charString(r.service), charString(r.regexp), encodeName(r.replacement)]);
  }
}

export class TestDnsServer {
  private sock = dgram.createSocket("udp4");
  port = 0;
  /** every question asked, "TYPE name" */
  readonly asked: string[] = [];
  constructor(public zone: Record<string, TestRecord[]>) {}

  async start(): Promise<void> {
    await new Promise<void>((res) => this.sock.bind(0, "127.0.0.1", () => res()));
    this.port = this.sock.address().port;
    this.sock.on("message", (q, rinfo) => {
      try {
        const reply = this.answer(q);
        if (reply) this.sock.send(reply, rinfo.port, rinfo.address);
      } catch {}
    });
  }

  private answer(q: Buffer): Buffer | null {
    if (q.length < 12 || q.readUInt16BE(4) !== 1) return null;
    let o = 12;
    const labels: string[] = [];
    while (q[o] !== 0) {
      const n = q[o] as number;
      labels.push(q.toString("ascii", o + 1, o + 1 + n));
      o += n + 1;
    }
    o++;
    const qtype = q.readUInt16BE(o);
    const question = q.subarray(12, o + 4);
    const name = labels.join(".").toLowerCase();
    const typeName = Object.keys(TYPES).find((k) => TYPES[k] === qtype) ?? String(qtype);
    this.asked.push(`${typeName} ${name}`);
    const known = Object.keys(this.zone).find((k) => k.toLowerCase() === name);
    const records = known ? (this.zone[known] as TestRecord[]).filter((r) => TYPES[r.type] === qtype) : [];
    const flags = 0x8400 | (q.readUInt16BE(2) & 0x0100) | 0x0080 | (known ? 0 : 3);
    const header = Buffer.alloc(12);
    header.writeUInt16BE(q.readUInt16BE(0), 0);
    header.writeUInt16BE(flags, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(records.length, 6);
    const answers = records.map((r) => {
      const d = rdata(r);
      const fixed = Buffer.alloc(12);
      fixed.writeUInt16BE(0xc00c, 0); // name: pointer to the question
      fixed.writeUInt16BE(qtype, 2);
      fixed.writeUInt16BE(1, 4); // IN
      fixed.writeUInt32BE(60, 6);
      fixed.writeUInt16BE(d.length, 10);
      return Buffer.concat([fixed, d]);
    });
    return Buffer.concat([header, question, ...answers]);
  }

  close(): void {
    this.sock.close();
  }
}
