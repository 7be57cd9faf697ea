// Request/response schemas (TypeBox): they validate requests and generate
// the OpenAPI document (one source of truth). Objects reject unknown fields.
import { FormatRegistry, type TSchema, Type } from "@sinclair/typebox";

// TypeBox validates only formats it is told about.
FormatRegistry.Set("uuid", (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v));
FormatRegistry.Set("date", (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));
FormatRegistry.Set("date-time", (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)));

const strict = { additionalProperties: false } as const;
const Uuid = Type.String({ format: "uuid" });

export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String({ description: "machine code, see docs/api.md" }),
    reason: Type.String({ description: "human reason" }),
    field: Type.Optional(Type.String({ description: "the offending field (validation errors)" })),
  }),
});

export const Ok = Type.Object({ ok: Type.Boolean() });
export const ListOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), next: Type.Optional(Type.Union([Type.String(), Type.Null()])) });

export const RoleName = Type.Union([
  Type.Literal("platform_admin"),
  Type.Literal("tenant_admin"),
  Type.Literal("supervisor"),
  Type.Literal("qa"),
  Type.Literal("agent"),
]);

export const User = Type.Object({
  id: Type.String(),
  username: Type.String(),
  role: RoleName,
  tenantId: Type.Union([Type.String(), Type.Null()]),
  agentId: Type.Union([Type.String(), Type.Null()]),
});

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    tenant: Type.Optional(Type.String({ minLength: 1, maxLength: 63, description: "tenant slug" })),
  },
  strict,
);
export const LoginReply = Type.Object({ token: Type.String(), user: User });

export const AgentStatusName = Type.Union([Type.Literal("ready"), Type.Literal("not_ready"), Type.Literal("logged_out")]);
export const AgentStateBody = Type.Object(
  { status: AgentStatusName, reason: Type.Optional(Type.String({ maxLength: 64 })) },
  strict,
);

const cdrFilters = {
  caller: Type.Optional(Type.String({ maxLength: 64, description: "caller number prefix" })),
  agent: Type.Optional(Type.String({ maxLength: 64, description: "agent id or job number" })),
  queue: Type.Optional(Type.String({ maxLength: 64, description: "queue id or slug" })),
  direction: Type.Optional(Type.Union([Type.Literal("inbound"), Type.Literal("outbound"), Type.Literal("internal")])),
  from: Type.Optional(Type.Integer({ minimum: 0, description: "start_ms >= from (epoch ms)" })),
  to: Type.Optional(Type.Integer({ minimum: 0, description: "start_ms < to (epoch ms)" })),
  answered: Type.Optional(Type.Boolean()),
  disposition: Type.Optional(Type.String({ pattern: "^[a-z0-9_-]{1,32}$", description: "disposition code (处理结果)" })),
};
export const CdrQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  before: Type.Optional(Type.String({ pattern: "^\\d+(\\..+)?$", description: "startMs, or the `next` cursor of a previous page" })),
  ...cdrFilters,
});
export const CdrExportQuery = Type.Object(cdrFilters);

export const Recording = Type.Object({
  path: Type.String(),
  bytes: Type.Union([Type.Integer(), Type.Null()]),
  sha256: Type.Union([Type.String(), Type.Null()]),
  durationMs: Type.Union([Type.Integer(), Type.Null()]),
  url: Type.String(),
});

export const Disposition = Type.Object({
  callId: Type.String(),
  code: Type.String(),
  label: Type.String({ description: "the code's label (e.g. 已解决); the code itself when the code was removed since" }),
  notes: Type.String(),
  agentId: Type.String(),
  userId: Type.Union([Type.String(), Type.Null()]),
  at: Type.String({ format: "date-time" }),
});
export const DispositionBody = Type.Object(
  {
    code: Type.String({ pattern: "^[a-z0-9_-]{1,32}$", description: "an active disposition code of the tenant (GET /disposition-codes)" }),
    notes: Type.Optional(Type.String({ maxLength: 4000, description: "default \"\"" })),
  },
  { additionalProperties: false },
);

export const Cdr = Type.Object({
  callId: Type.String(),
  tenantId: Type.String(),
  sipCallId: Type.String(),
  direction: Type.String(),
  caller: Type.String(),
  callee: Type.String(),
  startMs: Type.Integer(),
  answerMs: Type.Integer(),
  endMs: Type.Integer(),
  startAt: Type.Union([Type.String(), Type.Null()]),
  queueId: Type.String(),
  queueWaitMs: Type.Integer(),
  agentId: Type.String(),
  hangupCause: Type.String(),
  hangupSide: Type.String(),
  sipStatus: Type.Integer(),
  mos: Type.Number(),
  customerJitterMs: Type.Union([Type.Number(), Type.Null()], { description: "interarrival jitter of the customer's audio as received (RFC 3550 A.8), ms; null = not measured" }),
  customerLost: Type.Union([Type.Integer(), Type.Null()], { description: "customer packets lost" }),
  customerLossFraction: Type.Union([Type.Number(), Type.Null()], { description: "customer packets lost / expected, 0..1" }),
  customerRttMs: Type.Union([Type.Number(), Type.Null()], { description: "round trip to the customer, ms: RTCP, else SIP 2xx -> ACK; 0 = unknown" }),
  agentJitterMs: Type.Union([Type.Number(), Type.Null()], { description: "interarrival jitter of the agent phone's audio, ms; null = not measured (also browser agents)" }),
  agentLost: Type.Union([Type.Integer(), Type.Null()], { description: "agent packets lost" }),
  agentLossFraction: Type.Union([Type.Number(), Type.Null()], { description: "agent packets lost / expected, 0..1" }),
  agentRttMs: Type.Union([Type.Number(), Type.Null()], { description: "round trip to the agent's phone (RTCP), ms; 0 = unknown" }),
  trunkId: Type.String({ description: "carrier trunk the call came in or went out on, empty for none" }),
  recording: Type.Union([Recording, Type.Null()]),
  disposition: Type.Union([Disposition, Type.Null()]),
});

const Extension = Type.String({ pattern: "^[0-9A-Za-z_.-]{1,32}$" });
const SkillName = Type.String({ minLength: 1, maxLength: 50 });
export const Skills = Type.Array(
  Type.Object({ name: SkillName, level: Type.Integer({ minimum: 1, maximum: 10, description: "proficiency" }) }, { additionalProperties: false }),
  { maxItems: 50 },
);
const SipPassword = Type.String({ minLength: 8, maxLength: 128 });

export const AgentCreate = Type.Object(
  {
    jobNumber: Type.String({ pattern: "^[0-9A-Za-z_-]{1,32}$", description: "工号" }),
    extension: Type.Optional(Extension),
    displayName: Type.Optional(Type.String({ maxLength: 100 })),
    sipPassword: Type.Optional(SipPassword),
    consolePassword: Type.Optional(Type.String({ minLength: 8, maxLength: 200, description: "creates a console login (username = job number)" })),
    queueIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })),
    maxConcurrent: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
    skills: Type.Optional(Skills),
  },
  strict,
);
export const AgentUpdate = Type.Object(
  {
    displayName: Type.Optional(Type.String({ maxLength: 100 })),
    sipPassword: Type.Optional(SipPassword),
    queueIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })),
    maxConcurrent: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
    skills: Type.Optional(Skills),
  },
  strict,
);
export const Agent = Type.Object({
  id: Type.String(),
  jobNumber: Type.String(),
  extension: Type.String(),
  displayName: Type.String(),
  queueIds: Type.Array(Type.String()),
  skills: Skills,
  status: Type.Union([Type.String(), Type.Null()], { description: "live state from core, null when core is away" }),
  reason: Type.String(),
  registered: Type.Union([Type.Boolean(), Type.Null()]),
  callId: Type.String(),
  sinceMs: Type.Integer(),
});

// The ACD's strategies (core/src/acd): 先闲先受理 longest_idle, 技能多者优先 most_skills,
// 平均分配 fewest_calls, least_talk_time, highest_proficiency, ring_all, round_robin, linear, random, weighted_random.
const Strategy = Type.Union(
  ["longest_idle", "most_skills", "fewest_calls", "least_talk_time", "highest_proficiency", "ring_all", "round_robin", "linear", "random", "weighted_random"].map((s) =>
    Type.Literal(s),
  ),
);
const queueFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  strategy: Strategy,
  ringTimeoutS: Type.Integer({ minimum: 5, maximum: 300 }),
  wrapupS: Type.Integer({ minimum: 0, maximum: 3600 }),
  maxWaitS: Type.Integer({ minimum: 0, maximum: 86400 }),
  maxLength: Type.Integer({ minimum: 0, maximum: 100000 }),
  slTargetS: Type.Integer({ minimum: 1, maximum: 3600 }),
  requiredSkills: Type.Array(SkillName, { maxItems: 20 }),
  announceEveryS: Type.Integer({ minimum: 0, maximum: 3600, description: "position/wait announcement period in s; 0 = off (5..3600 otherwise)" }),
  announceLang: Type.Union([Type.Literal("zh"), Type.Literal("en"), Type.Literal("zh_en")], { description: "announcement language" }),
};
export const QueueCreate = Type.Object(
  {
    slug: Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }),
    name: queueFields.name,
    strategy: Type.Optional(queueFields.strategy),
    ringTimeoutS: Type.Optional(queueFields.ringTimeoutS),
    wrapupS: Type.Optional(queueFields.wrapupS),
    maxWaitS: Type.Optional(queueFields.maxWaitS),
    maxLength: Type.Optional(queueFields.maxLength),
    slTargetS: Type.Optional(queueFields.slTargetS),
    requiredSkills: Type.Optional(queueFields.requiredSkills),
    announceEveryS: Type.Optional(queueFields.announceEveryS),
    announceLang: Type.Optional(queueFields.announceLang),
  },
  strict,
);
export const QueueUpdate = Type.Partial(Type.Object(queueFields), strict);

export const DidCreate = Type.Object(
  { number: Type.String({ pattern: "^\\+?[0-9]{2,20}$" }), queueId: Type.Union([Uuid, Type.Null()]) },
  strict,
);
export const DidUpdate = Type.Object({ queueId: Type.Union([Uuid, Type.Null()]) }, strict);
export const Did = Type.Object({ number: Type.String(), queueId: Type.Union([Type.String(), Type.Null()]) });

const Phone = Type.String({ minLength: 2, maxLength: 32 });
export const CustomerCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    phones: Type.Optional(Type.Array(Phone, { maxItems: 20 })),
    email: Type.Optional(Type.String({ maxLength: 200 })),
    company: Type.Optional(Type.String({ maxLength: 200 })),
    vipLevel: Type.Optional(Type.Integer({ minimum: 0, maximum: 9 })),
    tags: Type.Optional(Type.Array(Type.String({ maxLength: 50 }), { maxItems: 50 })),
    notes: Type.Optional(Type.String({ maxLength: 10000 })),
  },
  strict,
);
export const CustomerUpdate = Type.Partial(CustomerCreate, strict);
export const Customer = Type.Object({
  id: Type.String(),
  name: Type.String(),
  phones: Type.Array(Type.String()),
  email: Type.String(),
  company: Type.String(),
  vipLevel: Type.Integer(),
  tags: Type.Array(Type.String()),
  notes: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export const CustomerQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: "matches name, company, email or phone" })),
  tag: Type.Optional(Type.String({ maxLength: 50 })),
  vipMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 9 })),
  sort: Type.Optional(
    Type.Union([Type.Literal("name"), Type.Literal("-name"), Type.Literal("created"), Type.Literal("-created"), Type.Literal("vip"), Type.Literal("-vip")]),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
});
export const ScreenPopQuery = Type.Object({ number: Type.String({ minLength: 2, maxLength: 32 }) });

export const WebhookCreate = Type.Object(
  {
    url: Type.String({ pattern: "^https?://", maxLength: 2000 }),
    events: Type.Array(Type.String({ maxLength: 50 }), { minItems: 1, maxItems: 50, description: "event types or \"*\"" }),
    active: Type.Optional(Type.Boolean()),
  },
  strict,
);
export const WebhookUpdate = Type.Partial(WebhookCreate, strict);

export const ApiKeyCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    role: Type.Union([Type.Literal("tenant_admin"), Type.Literal("supervisor"), Type.Literal("qa"), Type.Literal("agent")]),
    customRoleId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: "a custom role of the same base role: the key gets only its permissions" })),
  },
  strict,
);

export const OriginateBody = Type.Object(
  {
    agentId: Uuid,
    destination: Type.String({ pattern: "^\\+?[0-9*#]{2,32}$" }),
    callerId: Type.Optional(Type.String({ pattern: "^\\+?[0-9]{2,32}$" })),
  },
  strict,
);
export const AnswerBody = Type.Object({}, strict);
export const HoldBody = Type.Object({ on: Type.Boolean({ description: "true: hold (customer hears music); false: resume" }) }, strict);
export const HangupBody = Type.Object({ cause: Type.Optional(Type.String({ maxLength: 64 })) }, strict);
export const RecordingQuery = Type.Object({
  format: Type.Optional(Type.Union([Type.Literal("stereo"), Type.Literal("mix"), Type.Literal("g711")], { description: "stereo (default), mix (mono), g711 (mu-law copy)" })),
});
export const AuditQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  before: Type.Optional(Type.Integer({ minimum: 1, description: "id cursor (the previous page's next)" })),
  action: Type.Optional(Type.String({ maxLength: 64 })),
});

const SipDomain = Type.String({ pattern: "^[A-Za-z0-9.-]{1,253}$", description: "host name or IP; the first is the digest realm" });
const RecordingPolicyName = Type.Union([Type.Literal("always"), Type.Literal("never"), Type.Literal("on_demand")]);
export const TenantCreate = Type.Object(
  {
    slug: Type.String({ pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    sipDomains: Type.Array(SipDomain, { minItems: 1, maxItems: 20 }),
    recordingPolicy: Type.Optional(RecordingPolicyName),
    maxConcurrentCalls: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    maxCps: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
    admin: Type.Optional(
      Type.Object({ username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 8, maxLength: 200 }) }, strict),
    ),
  },
  strict,
);
export const TenantUpdate = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    sipDomains: Type.Optional(Type.Array(SipDomain, { minItems: 1, maxItems: 20 })),
    recordingRetentionDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36500, description: "delete recordings older than this many days; 0 = keep" })),
    recordingPolicy: Type.Optional(RecordingPolicyName),
    maxConcurrentCalls: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    maxCps: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  },
  strict,
);
export const OwnTenantUpdate = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    recordingRetentionDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36500, description: "delete recordings older than this many days; 0 = keep" })),
    recordingPolicy: Type.Optional(RecordingPolicyName),
    screenPopUrl: Type.Optional(
      Type.String({ maxLength: 2000, pattern: "^(https?://.*)?$", description: "external CRM URL template: {caller} {callee} {callId} {agentId} {customerId}; empty = none" }),
    ),
  },
  strict,
);
const TenantRole = Type.Union([Type.Literal("tenant_admin"), Type.Literal("supervisor"), Type.Literal("qa"), Type.Literal("agent")]);
export const UserCreate = Type.Object(
  {
    username: Type.String({ pattern: "^[A-Za-z0-9_.@-]{1,100}$" }),
    password: Type.String({ minLength: 8, maxLength: 200 }),
    role: TenantRole,
    agentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    customRoleId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: "a custom role narrowing `role`" })),
  },
  strict,
);
export const UserUpdate = Type.Object(
  {
    password: Type.Optional(Type.String({ minLength: 8, maxLength: 200 })),
    role: Type.Optional(TenantRole),
    agentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    unlock: Type.Optional(Type.Literal(true)),
    customRoleId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  strict,
);

export const NoteCreate = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 10000 }), callId: Type.Optional(Type.String({ maxLength: 100 })) },
  strict,
);
export const TicketStatus = Type.Union([
  Type.Literal("open"),
  Type.Literal("in_progress"),
  Type.Literal("pending"),
  Type.Literal("resolved"),
  Type.Literal("closed"),
]);
const Priority = Type.Union([Type.Literal("low"), Type.Literal("normal"), Type.Literal("high"), Type.Literal("urgent")]);
export const TicketCreate = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    body: Type.Optional(Type.String({ maxLength: 20000 })),
    customerId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    callId: Type.Optional(Type.String({ maxLength: 100 })),
    priority: Type.Optional(Priority),
    assigneeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  strict,
);
export const TicketUpdate = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    body: Type.Optional(Type.String({ maxLength: 20000 })),
    status: Type.Optional(TicketStatus),
    priority: Type.Optional(Priority),
    assigneeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    comment: Type.Optional(Type.String({ minLength: 1, maxLength: 10000 })),
  },
  strict,
);
export const TicketQuery = Type.Object({
  status: Type.Optional(TicketStatus),
  assignee: Type.Optional(Type.String({ description: "user id, or \"me\"" })),
  customerId: Type.Optional(Uuid),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
});

export const PasswordChange = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 10, maxLength: 200 }) },
  strict,
);

export const CustomerList = Type.Object({ items: Type.Array(Customer), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() });
export const Ticket = Type.Object({
  id: Type.String(),
  title: Type.String(),
  body: Type.String(),
  status: TicketStatus,
  priority: Type.String(),
  customerId: Type.Union([Type.String(), Type.Null()]),
  callId: Type.String(),
  assigneeId: Type.Union([Type.String(), Type.Null()]),
  createdBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export const TicketList = Type.Object({ items: Type.Array(Ticket), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() });
export const Webhook = Type.Object({ id: Type.String(), url: Type.String(), events: Type.Array(Type.String()), active: Type.Boolean(), createdAt: Type.String(), secret: Type.Optional(Type.String({ description: "only in the reply to POST" })) });
export const ScreenPop = Type.Object({
  number: Type.String(),
  region: Type.Object({
    e164: Type.Union([Type.String(), Type.Null()]),
    country: Type.Union([Type.String(), Type.Null()]),
    type: Type.Union([Type.String(), Type.Null()]),
    location: Type.Union([Type.String(), Type.Null()]),
    carrier: Type.Union([Type.String(), Type.Null()]),
  }),
  customer: Type.Union([Customer, Type.Null()]),
  vipLevel: Type.Integer(),
  history: Type.Array(Type.Object({ callId: Type.String(), startMs: Type.Integer(), answerMs: Type.Integer(), endMs: Type.Integer(), agentId: Type.String(), queueId: Type.String(), hangupCause: Type.String(), disposition: Type.Union([Type.Object({ code: Type.String(), label: Type.String(), notes: Type.String() }), Type.Null()]) })),
  openTickets: Type.Array(Ticket),
  recentNotes: Type.Array(Type.Object({ body: Type.String(), at: Type.String() })),
  newCustomer: Type.Union([Type.Object({ name: Type.String(), phones: Type.Array(Type.String()) }), Type.Null()]),
  url: Type.Union([Type.String(), Type.Null()]),
});
