// The closed set of API error codes and their HTTP statuses (one place).
export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  tenant_required: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  core_rejected: 409,
  payload_too_large: 413,
  locked: 423,
  rate_limited: 429,
  internal: 500,
  core_error: 502,
  core_unavailable: 503,
  db_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Status line text for uWS writeStatus. */
export const STATUS_TEXT: Record<number, string> = {
  200: "200 OK",
  201: "201 Created",
  204: "204 No Content",
  400: "400 Bad Request",
  401: "401 Unauthorized",
  403: "403 Forbidden",
  404: "404 Not Found",
  405: "405 Method Not Allowed",
  409: "409 Conflict",
  413: "413 Payload Too Large",
  423: "423 Locked",
  429: "429 Too Many Requests",
  500: "500 Internal Server Error",
  502: "502 Bad Gateway",
  503: "503 Service Unavailable",
};

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly extra?: { field?: string; retryAfterS?: number },
  ) {
    super(reason);
    this.status = ERROR_STATUS[code];
  }
  toJSON(): { error: { code: ErrorCode; reason: string; field?: string } } {
    return { error: { code: this.code, reason: this.reason, ...(this.extra?.field ? { field: this.extra.field } : {}) } };
  }
}

export { isDbUnavailable } from "../db/index.ts";
