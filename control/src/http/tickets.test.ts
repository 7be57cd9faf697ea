import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { pb } from "@switchboard/proto";
import { type J, Fixture } from "../testing/fixture.ts";

const fx = new Fixture();
before(() => fx.start(), { timeout: 60_000 });
after(() => fx.stop(), { timeout: 60_000 });

test("tickets: workflow transitions, assignment rules, history, isolation", { timeout: 30_000 }, async () => {
  const agent = fx.tokens.agent;
  const sup = fx.tokens.supervisor;
  const cust = (await fx.api("POST", "/api/v1/customers", agent, { name: "陈静", phones: ["13700137000"] })).json;
  const t = await fx.api("POST", "/api/v1/tickets", agent, { title: "发票问题 invoice", customerId: cust.id, priority: "high" });
  assert.equal(t.status, 201, t.text);
  assert.equal(t.json.status, "open");
  const me = (await fx.api("GET", "/api/v1/me", agent)).json.user.id;
  const supId = (await fx.api("GET", "/api/v1/me", sup)).json.user.id;
  // Agent takes it, works it, cannot jump from pending to closed.
  assert.equal((await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, agent, { assigneeId: me, status: "in_progress" })).json.status, "in_progress");
  assert.equal((await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, agent, { status: "pending", comment: "waiting for the customer" })).status, 200);
  const bad = await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, agent, { status: "closed" });
  assert.equal(bad.status, 409);
  assert.match(bad.json.error.reason, /pending ticket cannot become closed/);
  assert.equal((await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, agent, { status: "wontfix" })).json.error.field, "status");
  assert.equal((await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, agent, { assigneeId: supId })).status, 403, "agents assign only to themselves");
  await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, agent, { status: "resolved" });
  await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, agent, { status: "closed" });
  assert.equal((await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, agent, { status: "open" })).status, 403, "only supervisors reopen");
  assert.equal((await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, sup, { status: "open", assigneeId: supId })).json.status, "open");
  // Now assigned to the supervisor: the agent can no longer change it.
  assert.equal((await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, agent, { comment: "x" })).status, 403);
  const full = await fx.api("GET", `/api/v1/tickets/${t.json.id}`, fx.tokens.qa);
  assert.deepEqual(
    full.json.history.map((h: J) => (h.kind === "status" ? `${h.from}>${h.to}` : h.kind)),
    ["created", "open>in_progress", "assigned", "in_progress>pending", "comment", "pending>resolved", "resolved>closed", "closed>open", "assigned"],
  );
  assert.deepEqual(full.json.next, ["in_progress", "pending", "resolved", "closed"]);
  assert.equal((await fx.api("GET", "/api/v1/tickets?status=open", sup)).json.total, 1);
  assert.equal((await fx.api("GET", "/api/v1/tickets?assignee=me", sup)).json.total, 1);
  assert.equal((await fx.api("GET", "/api/v1/tickets?assignee=me", agent)).json.total, 0);
  assert.equal((await fx.api("POST", "/api/v1/tickets", fx.tokens.qa, { title: "x" })).status, 403);
  // Isolation.
  assert.equal((await fx.api("GET", `/api/v1/tickets/${t.json.id}`, fx.tokens.other_admin)).status, 404);
  assert.equal((await fx.api("PATCH", `/api/v1/tickets/${t.json.id}`, fx.tokens.other_admin, { comment: "x" })).status, 404);
  assert.equal((await fx.api("GET", "/api/v1/tickets", fx.tokens.other_admin)).json.total, 0);
  assert.equal((await fx.api("POST", "/api/v1/tickets", fx.tokens.other_admin, { title: "x", customerId: cust.id })).json.error.field, "customerId");
});

test("interactions merge calls, notes and tickets; offered call pushes a screen pop with the CRM URL", { timeout: 30_000 }, async () => {
  const admin = fx.tokens.tenant_admin;
  const cust = (await fx.api("POST", "/api/v1/customers", admin, { name: "Zhou", phones: ["+86 139 0000 1111"], vipLevel: 5 })).json;
  await fx.sql.query("INSERT INTO cdrs (call_id, tenant_id, caller, start_ms, answer_ms, end_ms) VALUES ('int-1', $1, '13900001111', 1000, 2000, 9000)", [fx.demoId]);
  assert.equal((await fx.api("POST", `/api/v1/customers/${cust.id}/notes`, fx.tokens.agent, { body: "prefers email", callId: "int-1" })).status, 201);
  await fx.api("POST", "/api/v1/tickets", fx.tokens.agent, { title: "refund", customerId: cust.id });
  const hist = await fx.api("GET", `/api/v1/customers/${cust.id}/interactions`, fx.tokens.qa);
  assert.deepEqual(hist.json.items.map((i: J) => i.kind).sort(), ["call", "note", "ticket"]);
  assert.equal(hist.json.items.find((i: J) => i.kind === "call").durationMs, 8000);
  assert.equal((await fx.api("GET", `/api/v1/customers/${cust.id}/interactions`, fx.tokens.other_admin)).status, 404);
  assert.equal((await fx.api("POST", `/api/v1/customers/${cust.id}/notes`, fx.tokens.other_admin, { body: "x" })).status, 404);

  assert.equal(
    (await fx.api("PATCH", "/api/v1/tenant", admin, { screenPopUrl: "https://crm.example/pop?phone={caller}&call={callId}&c={customerId}" })).status,
    200,
  );
  assert.equal((await fx.api("PATCH", "/api/v1/tenant", admin, { screenPopUrl: "javascript:alert(1)" })).json.error.field, "screenPopUrl");

  const { WebSocket: WS } = (await import("ws" as string)) as { WebSocket: new (url: string) => J };
  const msgs: J[] = [];
  const otherMsgs: J[] = [];
  const open = (token: string, into: J[]) =>
    new Promise<J>((res, rej) => {
      const ws = new WS(`ws://127.0.0.1:${fx.control.httpPort}/api/v1/events?token=${token}`);
      ws.on("message", (m: Buffer) => into.push(JSON.parse(m.toString())));
      ws.on("open", () => res(ws));
      ws.on("error", rej);
    });
  const ws = await open(fx.tokens.agent as string, msgs);
  const ows = await open(fx.tokens.other_admin as string, otherMsgs);
  const a2Msgs: J[] = [];
  const supMsgs: J[] = [];
  const a2 = await open(await fx.login("1002", fx.control.demoCredentials?.console["1002"] as string, "demo"), a2Msgs);
  const sws = await open(fx.tokens.supervisor as string, supMsgs);
  try {
    for (let i = 0; i < 500 && (msgs.length < 1 || otherMsgs.length < 1); i++) await new Promise((r) => setTimeout(r, 20));
    fx.core.sendEvent({
      call: { tenantId: fx.demoId, callId: "pop-1", phase: pb.CallPhase.CALL_OFFERED, caller: "13900001111", callee: "4000", agentId: fx.agent1001, data: { order: "A-778" } },
    });
    for (let i = 0; i < 500 && !msgs.some((m) => m.type === "screenpop"); i++) await new Promise((r) => setTimeout(r, 20));
    const pop = msgs.find((m) => m.type === "screenpop");
    assert.ok(pop, "screen pop pushed");
    assert.equal(pop.callId, "pop-1");
    assert.equal(pop.agentId, fx.agent1001);
    assert.equal(pop.customer.name, "Zhou");
    assert.equal(pop.vipLevel, 5);
    assert.deepEqual(pop.ivr, { order: "A-778" }, "IVR-collected data travels with the pop");
    // The console's shape: the same data merged into the call by callId.
    for (let i = 0; i < 500 && !msgs.some((m) => m.type === "call" && m.customer); i++) await new Promise((r) => setTimeout(r, 20));
    const enriched = msgs.find((m) => m.type === "call" && m.customer);
    assert.equal(enriched.callId, "pop-1");
    assert.equal(enriched.phase, "offered");
    assert.equal(enriched.customer.name, "Zhou");
    assert.equal(enriched.region, "新疆乌鲁木齐市");
    assert.deepEqual(enriched.ivr, { order: "A-778" });
    assert.equal(pop.openTickets.length, 1);
    assert.equal(pop.recentNotes[0].body, "prefers email");
    assert.equal(pop.url, `https://crm.example/pop?phone=13900001111&call=pop-1&c=${cust.id}`);
    assert.ok(msgs.findIndex((m) => m.type === "call") < msgs.findIndex((m) => m.type === "screenpop"), "call event first");
    await new Promise((r) => setTimeout(r, 100));
    assert.ok(!otherMsgs.some((m) => m.type === "screenpop" || m.type === "call"), "other tenant gets nothing");
    assert.ok(supMsgs.some((m) => m.type === "screenpop"), "supervisors see every screen pop");
    assert.ok(a2Msgs.some((m) => m.type === "call"), "the other agent sees the call state");
    assert.ok(!a2Msgs.some((m) => m.type === "screenpop"), "but not the customer data of a call offered to someone else");
  } finally {
    ws.close();
    ows.close();
    a2.close();
    sws.close();
  }
});
