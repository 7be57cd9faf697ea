// Media engine public surface: worker-thread RTP relay, tones and playback,
// stereo recording, DTMF, statistics; DSP helpers and an RTP test endpoint.
export { type ConferenceMemberOptions, type CreateLegOptions, MediaEngine, type MediaEngineOptions, type PlaySource, type WorkerInfo } from "./engine.ts";
export type { LegStats } from "./protocol.ts";
export type { Codec } from "./rtp.ts";
export { emodelMos } from "./rtp.ts";
export { type LegQuality, legQuality } from "./quality.ts";
export { alawToLinear, linearToAlaw, linearToUlaw, ulawToLinear } from "./g711.ts";
export { dominantFrequency, goertzelPower, toneSamples, totalPower } from "./dsp.ts";
export { readWav, repairWav, type WavData, writeWav } from "./wav.ts";
export { type ReceivedPacket, RtpTester } from "./tester.ts";
