// Public surface of the SIP stack (RFC 3261 and friends). Other modules import only from here.
export type { SipUri, NameAddr, Via, NameAddrParts } from "./uri.ts";
export {
  parseUri, formatUri, parseNameAddr, formatNameAddr, parseVia, formatVia, splitList, parseNameAddrParts,
  isAbsoluteUri,
} from "./uri.ts";
export type { ParseFailure } from "./message.ts";
export {
  SipMessage, parseMessage, buildResponse, reasonPhrase, validateRequest, isParseFailure, canonicalHeaderName,
  parseCSeq,
} from "./message.ts";
export type { DigestAlgorithm, DigestCredentials } from "./digest.ts";
export {
  ha1, NonceManager, challengeHeader, parseAuthorization, verifyDigest, authorizationHeader, parseAuthParams,
} from "./digest.ts";
export type { Sdp, SdpMedia } from "./sdp.ts";
export { parseSdp, formatSdp, negotiateAudio } from "./sdp.ts";
export type { TransportName, Endpoint, SipStackOptions, StackCounters } from "./stack.ts";
export { SipStack, ClientTransaction, ServerTransaction, SipError } from "./stack.ts";
export { ensureSelfSignedCert } from "./cert.ts";
export type { SrvRecord, NaptrRecord, SipTarget, SipResolverOptions } from "./dns.ts";
export { SipResolver, orderSrv, orderNaptr } from "./dns.ts";
export type { ReplacesTarget } from "./replaces.ts";
export { parseReplaces, replacesFromUriHeaders, hasReplaces, formatReplaces, referToWithReplaces } from "./replaces.ts";
