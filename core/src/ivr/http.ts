// A ready IvrHost.httpFetch on global fetch with a hard timeout and a body cap.
import type { HttpRequest, HttpResponse } from "./types.ts";

/** Largest response body read, bytes. */
const MAX_BODY = 256 * 1024;

export async function fetchHttp(req: HttpRequest): Promise<HttpResponse> {
  const res = await fetch(req.url, {
    method: req.method,
    headers: req.headers,
    body: req.method === "POST" ? (req.body ?? "") : undefined,
    signal: AbortSignal.timeout(req.timeoutMs),
    redirect: "error",
  });
  const buf = Buffer.from(await res.arrayBuffer());
  return { status: res.status, body: buf.subarray(0, MAX_BODY).toString("utf8") };
}
