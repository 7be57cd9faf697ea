// Free loopback ports for test instances (several platforms side by side).
import { createSocket } from "node:dgram";
import { createServer } from "node:net";

function tcpFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createServer();
    s.once("error", () => res(false));
    s.listen(port, "127.0.0.1", () => s.close(() => res(true)));
  });
}
function udpFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createSocket("udp4");
    s.once("error", () => res(false));
    s.bind(port, "127.0.0.1", () => s.close(() => res(true)));
  });
}

let next = 21000 + (process.pid % 200) * 40;
/** A port free for both UDP and TCP (SIP needs both; baresip also takes port+1). */
export async function freePort(span = 1): Promise<number> {
  for (let i = 0; i < 2000; i++) {
    const p = next;
    next += span + 1;
    if (next > 60000) next = 21000;
    let ok = true;
    for (let k = 0; k < span && ok; k++) ok = (await tcpFree(p + k)) && (await udpFree(p + k));
    if (ok) return p;
  }
  // The scan window is crowded (a benchmark holding thousands of sockets):
  // let the kernel pick, then check the neighbours we need.
  for (let i = 0; i < 500; i++) {
    const p = await new Promise<number>((res) => {
      const srv = createServer();
      srv.listen(0, "127.0.0.1", () => {
        const port = (srv.address() as { port: number }).port;
        srv.close(() => res(port));
      });
    });
    let ok = true;
    for (let k = 0; k < span && ok; k++) ok = (k === 0 || (await tcpFree(p + k))) && (await udpFree(p + k));
    if (ok) return p;
  }
  throw new Error("no free port");
}

/** A block of `size` consecutive free UDP ports (an RTP range). */
export async function freeRange(size: number): Promise<number> {
  for (let i = 0; i < 200; i++) {
    // Below the kernel's ephemeral ports (32768-60999 here): any client
    // socket of a peer or a benchmark lands there and would take our ports.
    // The media unit tests use 12000-20000.
    const base = 30000 + Math.floor(Math.random() * 200) * 10;
    let ok = true;
    for (let k = 0; k < size && ok; k += 2) ok = await udpFree(base + k);
    if (ok) return base;
  }
  throw new Error("no free RTP range");
}
