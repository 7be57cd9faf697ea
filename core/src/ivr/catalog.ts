// biome-ignore-all lint/suspicious/noTemplateCurlyInString: documents ${var} templates
// Step catalogue for flow editors (the console): what each step does, its
// parameters with defaults, its exits, and an example that compiles. Kept
// beside STEPS; a test checks every example against the real step.

export interface ParamDoc {
  name: string;
  type: "string" | "integer" | "boolean" | "prompt" | "prompts" | "digits" | "regex" | "expression" | "object" | "list";
  required: boolean;
  default?: unknown;
  description: string;
}

export interface StepDoc {
  type: string;
  summary: string;
  /** Fixed exit names; "dynamic" ones are described in exitsNote. [] = the step ends the IVR. */
  exits: string[];
  exitsNote?: string;
  params: ParamDoc[];
  example: Record<string, unknown>;
}

const P = (name: string, type: ParamDoc["type"], required: boolean, description: string, def?: unknown): ParamDoc =>
  def === undefined ? { name, type, required, description } : { name, type, required, description, default: def };
const PROMPT = P("prompt", "prompts", true, "a prompt name, {text, voice}, {say, value, lang} or a list of them (also accepted as `prompts`)");

export const STEP_CATALOG: readonly StepDoc[] = [
  { type: "play", summary: "Play prompts", exits: ["next"], params: [PROMPT, P("bargeIn", "boolean", false, "a key stops the prompt and is kept for the next menu", true)], example: { prompt: "welcome" } },
  {
    type: "menu",
    summary: "DTMF menu with timeout and invalid-input retries",
    exits: ["failed"],
    exitsNote: "plus one exit per choice digit",
    params: [
      PROMPT,
      P("choices", "list", true, "DTMF digits 0-9 * # A-D"),
      P("timeoutMs", "integer", false, "wait for a key after the prompt", 5000),
      P("retries", "integer", false, "extra attempts after a timeout or a wrong key", 2),
      P("invalidPrompt", "prompts", false, "played after a wrong key"),
      P("timeoutPrompt", "prompts", false, "played after silence"),
      P("variable", "string", false, "receives the chosen digit"),
    ],
    example: { prompt: "main_menu", choices: ["1", "2"] },
  },
  {
    type: "collect",
    summary: "Collect digits (收号) into a variable",
    exits: ["ok", "failed"],
    params: [
      P("prompt", "prompts", false, "played before collecting"),
      P("variable", "string", true, "receives the digits"),
      P("maxDigits", "integer", true, "1..64"),
      P("minDigits", "integer", false, "0..64", 1),
      P("terminator", "digits", false, 'ends input early, not part of the value; "" for none', "#"),
      P("pattern", "regex", false, "the whole value must match"),
      P("timeoutMs", "integer", false, "wait for the first digit", 5000),
      P("interDigitTimeoutMs", "integer", false, "wait between digits", 3000),
      P("retries", "integer", false, "extra attempts after invalid input", 2),
      P("invalidPrompt", "prompts", false, "played after invalid input"),
    ],
    example: { prompt: "enter_account", variable: "account", maxDigits: 8, pattern: "[0-9]{8}" },
  },
  {
    type: "http_lookup",
    summary: "Query a CRM / HTTP service (执行存储过程, 查询用户资料); JSON answer into variables",
    exits: ["ok", "fallback"],
    exitsNote: "fallback on timeout, network error, non-2xx or non-JSON (variable lookup_error says which)",
    params: [
      P("url", "string", true, "http(s) URL template; ${var} is percent-encoded"),
      P("method", "string", false, "GET or POST", "GET"),
      P("headers", "object", false, "header name -> value"),
      P("body", "string", false, "POST body template"),
      P("timeoutMs", "integer", false, "then take fallback", 3000),
      P("map", "object", false, "variable -> dotted JSON path; default: top-level scalars as prefix+key"),
      P("prefix", "string", false, "prefix for unmapped results", ""),
    ],
    example: { url: "https://crm.example/customers?phone=${caller}", map: { customer_level: "level" } },
  },
  {
    type: "set",
    summary: "Set variables from templates or expressions",
    exits: ["next"],
    params: [P("vars", "object", false, "name -> template (${var})"), P("exprs", "object", false, "name -> expression (n + 1)")],
    example: { vars: { lang: "zh" } },
  },
  {
    type: "condition",
    summary: "Branch on caller/called pattern, customer level, business hours and holidays, expressions, queue statistics",
    exits: ["else"],
    exitsNote: "plus one exit per case; the first case whose test holds wins",
    params: [P("cases", "list", true, "[{exit, when: {caller, called, level {min,max}, open, closed, expr, queue {id, maxEwtS, maxWaiting, minReady}}}]")],
    example: { cases: [{ exit: "vip", when: { level: { min: 5 } } }] },
  },
  {
    type: "enqueue",
    summary: "Hand the call to a queue (ends the IVR)",
    exits: [],
    params: [
      P("queue", "string", true, "queue id or ${var}"),
      P("priority", "expression", false, "0..100 or an expression over variables", 0),
      P("skills", "list", false, "required skills"),
      P("skillsVar", "string", false, "variable with comma-separated extra skills"),
    ],
    example: { queue: "${queue}", priority: "customer_level * 10" },
  },
  {
    type: "transfer",
    summary: "Blind transfer to an extension or an external number (ends the IVR)",
    exits: [],
    params: [P("extension", "string", false, "one of extension / number (${var} allowed)"), P("number", "string", false, "one of extension / number")],
    example: { number: "${duty_phone}" },
  },
  {
    type: "voicemail",
    summary: "Record a voicemail after the greeting (ends the call)",
    exits: [],
    params: [P("box", "string", true, "queue id, agent id or extension"), P("prompt", "prompts", false, "greeting"), P("maxSeconds", "integer", false, "longest message", 120)],
    example: { box: "sales", prompt: "after_hours" },
  },
  {
    type: "callback",
    summary: "Offer a callback instead of waiting",
    exits: ["accepted", "declined"],
    params: [
      PROMPT,
      P("queue", "string", true, "queue that owns the callback"),
      P("acceptDigit", "digits", false, "key that accepts", "1"),
      P("timeoutMs", "integer", false, "wait for the key", 5000),
      P("number", "string", false, "number to call back", "${caller}"),
      P("confirmPrompt", "prompts", false, "played after accepting"),
    ],
    example: { prompt: "offer_callback", queue: "sales" },
  },
  {
    type: "survey",
    summary: "Satisfaction score (满意度) into a variable",
    exits: ["done", "noinput"],
    params: [
      PROMPT,
      P("min", "integer", false, "lowest score", 1),
      P("max", "integer", false, "highest score", 5),
      P("variable", "string", false, "receives the score", "survey_score"),
      P("timeoutMs", "integer", false, "wait for the key", 5000),
      P("retries", "integer", false, "extra attempts", 1),
      P("thanksPrompt", "prompts", false, "played after a valid score"),
    ],
    example: { prompt: "rate_us" },
  },
  {
    type: "hangup",
    summary: "Optional goodbye, then hang up (mark the node served: true for self-service)",
    exits: [],
    params: [P("prompt", "prompts", false, "goodbye"), P("cause", "string", false, "hangup cause for the CDR", "normal")],
    example: { prompt: "goodbye" },
  },
];
