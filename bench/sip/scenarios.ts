// SIPp scenarios for the SIP benchmark, generated so the media ports point at
// a discard socket (the switch plays music on hold to the caller until an
// agent answers; that RTP must land somewhere harmless on loopback).

/** XML escaping is not needed: every value substituted here is a number or a fixed token. */
const head = (name: string) => `<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE scenario SYSTEM "sipp.dtd">
<scenario name="${name}">
`;

export interface UacOptions {
  /** Port the caller's SDP advertises for RTP (a discard socket). */
  mediaPort: number;
  /** Talk time between ACK and BYE in ms (default 0). */
  pauseMs?: number;
  /**
   * Accept 503 as a legitimate outcome (overload phase): the call ACKs the 503
   * (RFC 3261 §17.1.1.3: the INVITE's Via branch, To with the response's tag)
   * and ends; its INVITE->503 time is recorded as rtd 1 like INVITE->200.
   */
  accept503?: boolean;
  /**
   * With accept503: a 503 without a Retry-After header fails the call (RFC 3261 §21.5.4: an overloaded server
   * says when to come back). Default false.
   */
  require503RetryAfter?: boolean;
}

/**
 * Caller: INVITE (SDP offer PCMU/PCMA/telephone-event), 100/180 optional at
 * any point (Kamailio's children can deliver the 180 after the 200 over UDP,
 * see docs/architecture.md), 200 (rtd 1 = setup latency), ACK, pause, BYE, 200.
 * advance_state="false" matters: without it SIPp 3.6 moves a call that gets a
 * late 180 back to "waiting for 200", and the call times out.
 * ACK and BYE follow the route set (rrs) so the same scenario works through a
 * record-routing proxy, a B2BUA and directly.
 */
export function uacScenario(o: UacOptions): string {
  const pause = Math.max(0, Math.round(o.pauseMs ?? 0));
  return `${head("switchboard bench uac")}  <send retrans="500" start_rtd="1">
    <![CDATA[
      INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: "bench" <sip:caller[call_number]@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
      To: <sip:[service]@[remote_ip]:[remote_port]>
      Call-ID: [call_id]
      CSeq: 1 INVITE
      Contact: <sip:caller@[local_ip]:[local_port]>
      Max-Forwards: 70
      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=bench 53655765 2353687637 IN IP4 [local_ip]
      s=-
      c=IN IP4 127.0.0.1
      t=0 0
      m=audio ${o.mediaPort} RTP/AVP 0 8 101
      a=rtpmap:0 PCMU/8000
      a=rtpmap:8 PCMA/8000
      a=rtpmap:101 telephone-event/8000
      a=fmtp:101 0-16
    ]]>
  </send>
  <recv response="100" optional="global" advance_state="false"/>
  <recv response="180" optional="global" advance_state="false"/>
${o.accept503 ? `  <recv response="503" optional="true" rtd="1" next="rejected">${o.require503RetryAfter ? `
    <action><ereg regexp="[0-9]+" search_in="hdr" header="Retry-After:" check_it="true" assign_to="retry_after"/></action>
  ` : ""}</recv>\n${o.require503RetryAfter ? `  <Reference variables="retry_after"/>\n` : ""}` : ""}  <recv response="200" rtd="1" rrs="true"/>
  <send>
    <![CDATA[
      ACK [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      [routes]
      [last_From:]
      [last_To:]
      [last_Call-ID:]
      CSeq: 1 ACK
      Contact: <sip:caller@[local_ip]:[local_port]>
      Max-Forwards: 70
      Content-Length: 0
    ]]>
  </send>
  <pause milliseconds="${pause}"/>
  <send retrans="500">
    <![CDATA[
      BYE [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      [routes]
      [last_From:]
      [last_To:]
      [last_Call-ID:]
      CSeq: 2 BYE
      Max-Forwards: 70
      Content-Length: 0
    ]]>
  </send>
${o.accept503 ? `  <recv response="200" next="done"/>
  <label id="rejected"/>
  <send>
    <![CDATA[
      ACK sip:[service]@[remote_ip]:[remote_port] SIP/2.0
      [last_Via:]
      [last_From:]
      [last_To:]
      [last_Call-ID:]
      CSeq: 1 ACK
      Max-Forwards: 70
      Content-Length: 0
    ]]>
  </send>
  <label id="done"/>
` : `  <recv response="200"/>
`}</scenario>
`;
}

/**
 * Callee (agent phone / proxy target): INVITE, 180, 200 with SDP, ACK, BYE,
 * 200. A retransmitted INVITE while the 200 is outstanding (the sender's
 * Timer A fired before our 180/200 reached it, RFC 3261 §17.1.1.2) is
 * absorbed, as a UAS core must, and so is a repeated ACK (the UAC re-ACKs
 * every 2xx retransmission, §13.2.2.4); SIPp would otherwise abort the call on it and
 * leave the caller's BYE unanswered. Anything else (e.g. a CANCEL when the switch withdraws an offer) is
 * an unexpected message: the call fails on this side, which the caller's
 * and the CDRs' counts then show.
 */
export function uasScenario(mediaPort: number): string {
  return `${head("switchboard bench uas")}  <recv request="INVITE"/>
  <send>
    <![CDATA[
      SIP/2.0 180 Ringing
      [last_Via:]
      [last_From:]
      [last_To:];tag=[pid]SIPpTag01[call_number]
      [last_Call-ID:]
      [last_CSeq:]
      Contact: <sip:9000@[local_ip]:[local_port]>
      Content-Length: 0
    ]]>
  </send>
  <send retrans="500">
    <![CDATA[
      SIP/2.0 200 OK
      [last_Via:]
      [last_From:]
      [last_To:];tag=[pid]SIPpTag01[call_number]
      [last_Call-ID:]
      [last_CSeq:]
      [last_Record-Route:]
      Contact: <sip:9000@[local_ip]:[local_port]>
      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=agent 53655765 2353687637 IN IP4 [local_ip]
      s=-
      c=IN IP4 127.0.0.1
      t=0 0
      m=audio ${mediaPort} RTP/AVP 0
      a=rtpmap:0 PCMU/8000
    ]]>
  </send>
  <recv request="INVITE" optional="true"/>
  <recv request="ACK"/>
  <recv request="ACK" optional="true"/>
  <recv request="BYE"/>
  <send>
    <![CDATA[
      SIP/2.0 200 OK
      [last_Via:]
      [last_From:]
      [last_To:]
      [last_Call-ID:]
      [last_CSeq:]
      Content-Length: 0
    ]]>
  </send>
</scenario>
`;
}

/**
 * REGISTER with digest (RFC 3261 §22.4; SIPp computes the MD5 response from
 * the 401 challenge), Contact at the port this SIPp runs on: the switch sends
 * agent INVITEs to the REGISTER's source address, so this must run on the
 * agent uas port before the uas starts there.
 */
export function registerScenario(user: string, password: string, domain: string, expiresS: number): string {
  return `${head("switchboard bench register")}  <send retrans="500">
    <![CDATA[
      REGISTER sip:${domain}:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: <sip:${user}@${domain}>;tag=[pid]SIPpTag00[call_number]
      To: <sip:${user}@${domain}>
      Call-ID: [call_id]
      CSeq: 1 REGISTER
      Contact: <sip:${user}@[local_ip]:[local_port]>
      Expires: ${expiresS}
      Max-Forwards: 70
      Content-Length: 0
    ]]>
  </send>
  <recv response="401" auth="true"/>
  <send retrans="500">
    <![CDATA[
      REGISTER sip:${domain}:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: <sip:${user}@${domain}>;tag=[pid]SIPpTag00[call_number]
      To: <sip:${user}@${domain}>
      Call-ID: [call_id]
      CSeq: 2 REGISTER
      Contact: <sip:${user}@[local_ip]:[local_port]>
      [authentication username=${user} password=${password}]
      Expires: ${expiresS}
      Max-Forwards: 70
      Content-Length: 0
    ]]>
  </send>
  <recv response="200"/>
</scenario>
`;
}
