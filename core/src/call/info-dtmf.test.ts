import assert from "node:assert/strict";
import { test } from "node:test";
import { infoDtmfDigit } from "./info-dtmf.ts";

test("SIP INFO DTMF bodies: dtmf-relay and dtmf, bad input is null", { timeout: 2000 }, () => {
  assert.equal(infoDtmfDigit("application/dtmf-relay", "Signal=5\r\nDuration=160\r\n"), "5");
  assert.equal(infoDtmfDigit("Application/DTMF-Relay; charset=utf-8", "Duration=100\r\nSignal = #\r\n"), "#");
  assert.equal(infoDtmfDigit("application/dtmf-relay", "Signal=10\r\n"), "*");
  assert.equal(infoDtmfDigit("application/dtmf-relay", "Signal=11\r\n"), "#");
  assert.equal(infoDtmfDigit("application/dtmf-relay", "Signal=d\r\n"), "D");
  assert.equal(infoDtmfDigit("application/dtmf", "7\r\n"), "7");
  assert.equal(infoDtmfDigit("application/dtmf-relay", "Duration=160\r\n"), null);
  assert.equal(infoDtmfDigit("application/dtmf-relay", "Signal=12\r\n"), null);
  assert.equal(infoDtmfDigit("application/dtmf", "55"), null);
  assert.equal(infoDtmfDigit("application/sdp", "Signal=5"), null);
  assert.equal(infoDtmfDigit("", ""), null);
});
