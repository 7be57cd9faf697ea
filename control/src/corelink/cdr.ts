// Durable CDR ingestion: one transaction inserts the CDR (idempotent on
// call_id) and its recording metadata; the caller acks core only after it
// commits, so a crash between insert and ack just means a duplicate that
// ON CONFLICT ignores.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import type { switchboard } from "@switchboard/proto";
import type { Db, Tx } from "../db/index.ts";

export interface RecordingFacts {
  bytes: number;
  sha256: string;
  durationMs: number | null;
}

/** Resolves a path relative to dataDir, refusing anything that escapes it. */
export function resolveInDataDir(dataDir: string, rel: string): string | null {
  if (!rel || isAbsolute(rel)) return null;
  const base = resolve(dataDir);
  const full = resolve(base, rel);
  const r = relative(base, full);
  if (r === "" || r.startsWith("..") || isAbsolute(r)) return null;
  return full;
}

/** Duration from a canonical RIFF/WAVE header (fmt byte rate, data size), null if not a WAV. */
async function wavDurationMs(path: string): Promise<number | null> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    if (bytesRead < 12 || buf.toString("ascii", 0, 4) !== "RIFF" || buf.toString("ascii", 8, 12) !== "WAVE") return null;
    let off = 12;
    let byteRate = 0;
    while (off + 8 <= bytesRead) {
      const id = buf.toString("ascii", off, off + 4);
      const size = buf.readUInt32LE(off + 4);
      if (id === "fmt " && off + 16 <= bytesRead) byteRate = buf.readUInt32LE(off + 16);
      if (id === "data") {
        if (!byteRate) return null;
        // A recorder that never patched the size leaves 0 or 0xffffffff: use the file size.
        let dataBytes = size;
        if (size === 0 || size === 0xffffffff) dataBytes = (await fh.stat()).size - (off + 8);
        return Math.round((dataBytes * 1000) / byteRate);
      }
      off += 8 + size + (size & 1);
    }
    return null;
  } finally {
    await fh.close();
  }
}

export async function recordingFacts(path: string): Promise<RecordingFacts | null> {
  try {
    const st = await stat(path);
    const h = createHash("sha256");
    await new Promise<void>((res, rej) => {
      const s = createReadStream(path);
      s.on("data", (c) => h.update(c));
      s.on("end", res);
      s.on("error", rej);
    });
    return { bytes: st.size, sha256: h.digest("hex"), durationMs: await wavDurationMs(path).catch(() => null) };
  } catch {
    return null;
  }
}

/** jitter_ms, lost, loss_fraction, rtt_ms of one leg; all NULL when core did not measure it. */
export function qualityColumns(q: switchboard.v1.ILegQuality | null | undefined): [number | null, number | null, number | null, number | null] {
  if (!q) return [null, null, null, null];
  return [q.jitterMs ?? 0, q.lost ?? 0, q.lossFraction ?? 0, q.rttMs ?? 0];
}

/** Inserts a CDR (and recording row). Returns true if it was new. Throws on DB errors (no ack then). */
export async function insertCdr(
  db: Db,
  dataDir: string,
  cdr: switchboard.v1.ICdr,
  outboxId: number,
  /** Runs in the same transaction after a NEW row (e.g. webhook outbox). */
  inTx?: (c: Tx, cdr: switchboard.v1.ICdr, recording: RecordingFacts | null) => Promise<void>,
): Promise<boolean> {
  const tenantId = cdr.tenantId ?? "";
  const callId = cdr.callId ?? "";
  if (!tenantId || !callId) throw new TypeError("CDR without tenant_id or call_id");
  const recPath = cdr.recordingPath ?? "";
  let facts: RecordingFacts | null = null;
  const full = recPath ? resolveInDataDir(dataDir, recPath) : null;
  if (full) facts = await recordingFacts(full);
  return db.tx({ tenantId }, async (c) => {
    const r = await c.query(
      `INSERT INTO cdrs (call_id, tenant_id, sip_call_id, direction, caller, callee, start_ms, answer_ms, end_ms,
         queue_id, queue_wait_ms, agent_id, hangup_cause, hangup_side, recording_path, sip_status, mos, outbox_id,
         ivr_flow, ivr_served, vars, trunk_id,
         customer_jitter_ms, customer_lost, customer_loss_fraction, customer_rtt_ms,
         agent_jitter_ms, agent_lost, agent_loss_fraction, agent_rtt_ms)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30)
       ON CONFLICT (call_id) DO NOTHING`,
      [
        callId,
        tenantId,
        cdr.sipCallId ?? "",
        cdr.direction ?? "",
        cdr.caller ?? "",
        cdr.callee ?? "",
        Number(cdr.startMs ?? 0),
        Number(cdr.answerMs ?? 0),
        Number(cdr.endMs ?? 0),
        cdr.queueId ?? "",
        Number(cdr.queueWaitMs ?? 0),
        cdr.agentId ?? "",
        cdr.hangupCause ?? "",
        cdr.hangupSide ?? "",
        recPath,
        cdr.sipStatus ?? 0,
        cdr.mos ?? 0,
        outboxId,
        cdr.ivrFlow ?? "",
        cdr.ivrServed ?? false,
        JSON.stringify(cdr.vars ?? {}),
        cdr.trunkId ?? "",
        ...qualityColumns(cdr.customerQuality),
        ...qualityColumns(cdr.agentQuality),
      ],
    );
    const isNew = r.rowCount === 1;
    if (isNew && recPath) {
      await c.query(
        `INSERT INTO recordings (call_id, tenant_id, path, bytes, sha256, duration_ms) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (call_id) DO NOTHING`,
        [callId, tenantId, recPath, facts?.bytes ?? null, facts?.sha256 ?? null, facts?.durationMs ?? null],
      );
    }
    if (isNew && inTx) await inTx(c, cdr, facts);
    return isNew;
  });
}
