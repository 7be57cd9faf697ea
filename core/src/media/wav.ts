// RIFF/WAVE read and write. Recordings are written incrementally (see
// WavAppender): a 44-byte canonical header whose sizes are patched
// periodically and on close, so a crash leaves a playable file, and
// repairWav() fixes the sizes of a file whose writer died.
import * as fs from "node:fs";
import { ALAW_DECODE, ULAW_DECODE } from "./g711.ts";

const FMT_PCM = 1;
const FMT_ALAW = 6;
const FMT_ULAW = 7;
const FMT_EXTENSIBLE = 0xfffe;

export interface WavData {
  sampleRate: number;
  channels: number;
  /** One Int16Array per channel. */
  samples: Int16Array[];
}

/**
 * Reads PCM16, PCM8, A-law and mu-law WAV files (also WAVE_FORMAT_EXTENSIBLE).
 * A data chunk whose size is 0 or larger than the file (a writer that crashed)
 * is read to the end of the file.
 */
export function readWav(path: string): WavData {
  return parseWav(fs.readFileSync(path));
}

export function parseWav(buf: Buffer): WavData {
  if (buf.length < 12 || buf.toString("latin1", 0, 4) !== "RIFF" || buf.toString("latin1", 8, 12) !== "WAVE") {
    throw new TypeError("not a RIFF/WAVE file");
  }
  let off = 12;
  let format = 0;
  let channels = 0;
  let sampleRate = 0;
  let bits = 0;
  let dataOff = -1;
  let dataLen = 0;
  while (off + 8 <= buf.length) {
    const id = buf.toString("latin1", off, off + 4);
    let size = buf.readUInt32LE(off + 4);
    const body = off + 8;
    if (id === "fmt ") {
      format = buf.readUInt16LE(body);
      channels = buf.readUInt16LE(body + 2);
      sampleRate = buf.readUInt32LE(body + 4);
      bits = buf.readUInt16LE(body + 14);
      if (format === FMT_EXTENSIBLE && size >= 40) format = buf.readUInt16LE(body + 24);
    } else if (id === "data") {
      if (size === 0 || body + size > buf.length) size = buf.length - body;
      dataOff = body;
      dataLen = size;
      break;
    }
    off = body + size + (size & 1);
  }
  if (dataOff < 0 || channels < 1 || sampleRate < 1) throw new TypeError("WAV without fmt or data chunk");
  const bytesPerSample = format === FMT_PCM ? bits / 8 : 1;
  if (!(format === FMT_PCM && (bits === 16 || bits === 8)) && format !== FMT_ALAW && format !== FMT_ULAW) {
    throw new TypeError(`unsupported WAV format ${format}/${bits} bits`);
  }
  const frames = Math.floor(dataLen / (bytesPerSample * channels));
  const out: Int16Array[] = [];
  for (let c = 0; c < channels; c++) out.push(new Int16Array(frames));
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < channels; c++) {
      const p = dataOff + (i * channels + c) * bytesPerSample;
      let v: number;
      if (format === FMT_ALAW) v = ALAW_DECODE[buf[p]!]!;
      else if (format === FMT_ULAW) v = ULAW_DECODE[buf[p]!]!;
      else if (bits === 8) v = (buf[p]! - 128) << 8;
      else v = buf.readInt16LE(p);
      out[c]![i] = v;
    }
  }
  return { sampleRate, channels, samples: out };
}

/** The canonical 44-byte PCM16 header. */
export function wavHeader(sampleRate: number, channels: number, dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write("RIFF", 0, "latin1");
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write("WAVE", 8, "latin1");
  h.write("fmt ", 12, "latin1");
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(FMT_PCM, 20);
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * channels * 2, 28);
  h.writeUInt16LE(channels * 2, 32);
  h.writeUInt16LE(16, 34);
  h.write("data", 36, "latin1");
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** Writes a PCM16 WAV; all channels must have the same length. */
export function writeWav(path: string, sampleRate: number, channels: Int16Array[]): void {
  if (channels.length < 1) throw new TypeError("writeWav: at least one channel");
  const frames = channels[0]!.length;
  for (const c of channels) if (c.length !== frames) throw new TypeError("writeWav: channels differ in length");
  const nc = channels.length;
  const data = Buffer.alloc(frames * nc * 2);
  for (let i = 0; i < frames; i++) for (let c = 0; c < nc; c++) data.writeInt16LE(channels[c]![i]!, (i * nc + c) * 2);
  fs.writeFileSync(path, Buffer.concat([wavHeader(sampleRate, nc, data.length), data]));
}

/**
 * Fixes the RIFF and data sizes of a canonical 44-byte-header PCM WAV after a
 * crash (the writer patches them only periodically). Returns true if changed.
 */
export function repairWav(path: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(path, "r+");
  } catch {
    return false;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (size < 44) return false;
    const h = Buffer.alloc(44);
    fs.readSync(fd, h, 0, 44, 0);
    if (h.toString("latin1", 0, 4) !== "RIFF" || h.toString("latin1", 36, 40) !== "data") return false;
    const blockAlign = h.readUInt16LE(32) || 1;
    let data = size - 44;
    data -= data % blockAlign;
    if (h.readUInt32LE(40) === data && h.readUInt32LE(4) === 36 + data) return false;
    const p = Buffer.alloc(4);
    p.writeUInt32LE(36 + data, 0);
    fs.writeSync(fd, p, 0, 4, 4);
    p.writeUInt32LE(data, 0);
    fs.writeSync(fd, p, 0, 4, 40);
    return true;
  } finally {
    fs.closeSync(fd);
  }
}
