// Customer bulk import (CSV or XLSX upload, processed as a background job
// with progress and a report of rejected rows) and export (CSV or XLSX).
import { randomUUID } from "node:crypto";
import { PassThrough } from "node:stream";
import { Value } from "@sinclair/typebox/value";
import ExcelJS from "exceljs";
import type { AuthUser } from "../auth/sessions.ts";
import { ADMINS, type ApiDeps, audit, tenantOf } from "./api.ts";
import { customerJson } from "./crm.ts";
import { csvLine, parseCsv } from "./csv.ts";
import { ApiError } from "./errors.ts";
import { normalizePhone } from "./phone.ts";
import type { Router } from "./router.ts";
import { CustomerCreate } from "./schemas.ts";
import { Type } from "@sinclair/typebox";

const CSV = "text/csv";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MAX_UPLOAD = 50 * 1024 * 1024;
const BATCH = 500;

/** Header names (lower case, English or Chinese) -> field. */
const HEADERS: Record<string, string> = {
  name: "name",
  姓名: "name",
  phones: "phones",
  phone: "phones",
  电话: "phones",
  email: "email",
  邮箱: "email",
  company: "company",
  公司: "company",
  viplevel: "vipLevel",
  vip: "vipLevel",
  tags: "tags",
  标签: "tags",
  notes: "notes",
  备注: "notes",
};
const COLUMNS = ["name", "phones", "email", "company", "vipLevel", "tags", "notes"] as const;

export interface ImportJob {
  id: string;
  tenantId: string;
  status: "running" | "done" | "failed";
  total: number;
  processed: number;
  imported: number;
  rejected: { row: number; field: string; reason: string }[];
  error?: string;
  startedAt: string;
  finishedAt?: string;
}

async function readRows(raw: Buffer, type: string): Promise<string[][]> {
  if (type === CSV) return parseCsv(raw.toString("utf8"));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(raw as unknown as ArrayBuffer);
  } catch {
    throw new ApiError("bad_request", "not a readable XLSX file");
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const out: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      const text =
        v === null || v === undefined
          ? ""
          : typeof v === "object" && "text" in (v as object)
            ? String((v as { text: unknown }).text)
            : typeof v === "object" && "result" in (v as object)
              ? String((v as { result: unknown }).result ?? "")
              : v instanceof Date
                ? v.toISOString()
                : String(v);
      out[col - 1] = text;
    });
    rows.push(Array.from(out, (x) => x ?? ""));
  });
  return rows;
}

/** Turns one sheet row into a CustomerCreate body or a rejection. */
function toCustomer(cols: (string | null)[], cells: string[]): { body?: Record<string, unknown>; field?: string; reason?: string } {
  const b: Record<string, unknown> = {};
  for (let i = 0; i < cols.length; i++) {
    const f = cols[i];
    const v = (cells[i] ?? "").trim();
    if (!f || v === "") continue;
    if (f === "phones" || f === "tags") b[f] = v.split(/[;|；，、]/).map((x) => x.trim()).filter(Boolean);
    else if (f === "vipLevel") b[f] = /^\d+$/.test(v) ? Number(v) : v;
    else b[f] = v;
  }
  const e = Value.Errors(CustomerCreate, b).First();
  if (e) {
    const field = e.path.replace(/^\//, "").replace(/\//g, ".") || "name";
    return { field, reason: e.message };
  }
  return { body: b };
}

export function registerBulk(r: Router, deps: ApiDeps): void {
  const { db } = deps;
  const jobs = new Map<string, ImportJob>();

  r.add(
    "post",
    "/api/v1/customers/import",
    {
      auth: ADMINS.concat(["supervisor"]),
      rawBody: { maxBytes: MAX_UPLOAD, contentTypes: [CSV, XLSX] },
      query: Type.Object({ dedupe: Type.Optional(Type.Union([Type.Literal("phone"), Type.Literal("none")])) }),
      status: 202,
      summary: "Import customers from CSV or XLSX (first row = headers: name, phones, email, company, vipLevel, tags, notes); returns a job to poll",
      tag: "crm",
    },
    async (ctx) => {
      const tenantId = await tenantOf(db, ctx);
      const type = (ctx.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      const rows = await readRows(ctx.raw ?? Buffer.alloc(0), type);
      const header = rows.shift() ?? [];
      const cols = header.map((h) => HEADERS[h.trim().toLowerCase()] ?? null);
      if (!cols.includes("name")) throw new ApiError("validation_failed", "the first row must name the columns, including name (姓名)", { field: "name" });
      const dedupe = (ctx.q as { dedupe?: string }).dedupe === "phone";
      const job: ImportJob = {
        id: randomUUID(),
        tenantId,
        status: "running",
        total: rows.length,
        processed: 0,
        imported: 0,
        rejected: [],
        startedAt: new Date().toISOString(),
      };
      jobs.set(job.id, job);
      const user = ctx.user as AuthUser;
      // Work in batches, each its own transaction; progress is visible between batches.
      void (async () => {
        try {
          const seen = new Set<string>();
          for (let start = 0; start < rows.length; start += BATCH) {
            const batch = rows.slice(start, start + BATCH);
            await db.tx({ tenantId }, async (c) => {
              for (let i = 0; i < batch.length; i++) {
                const rowNo = start + i + 2; // 1-based, after the header row
                const t = toCustomer(cols, batch[i] as string[]);
                if (!t.body) {
                  if (job.rejected.length < 10_000) job.rejected.push({ row: rowNo, field: t.field ?? "", reason: t.reason ?? "" });
                  continue;
                }
                const phones = [...new Set(((t.body.phones as string[] | undefined) ?? []).map(normalizePhone))];
                if (dedupe && phones.length) {
                  const dup = phones.some((p) => seen.has(p)) || (await c.query("SELECT 1 FROM customers WHERE tenant_id = $1 AND phones && $2::text[] LIMIT 1", [tenantId, phones])).rowCount;
                  if (dup) {
                    job.rejected.push({ row: rowNo, field: "phones", reason: "a customer with this phone exists" });
                    continue;
                  }
                }
                for (const p of phones) seen.add(p);
                await c.query(
                  "INSERT INTO customers (tenant_id, name, phones, email, company, vip_level, tags, notes) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
                  [tenantId, t.body.name, phones, t.body.email ?? "", t.body.company ?? "", t.body.vipLevel ?? 0, t.body.tags ?? [], t.body.notes ?? ""],
                );
                job.imported++;
              }
            });
            job.processed = Math.min(rows.length, start + BATCH);
          }
          job.status = "done";
        } catch (err) {
          job.status = "failed";
          job.error = (err as Error).message;
        }
        job.finishedAt = new Date().toISOString();
        await audit(db, tenantId, { ...ctx, user }, "customer_import", "import", job.id, {
          total: job.total,
          imported: job.imported,
          rejected: job.rejected.length,
          status: job.status,
        }).catch(() => undefined);
        // Finished jobs are kept for an hour.
        setTimeout(() => jobs.delete(job.id), 3600_000).unref();
      })();
      return { status: 202, json: { jobId: job.id, total: job.total, url: `/api/v1/imports/${job.id}` } };
    },
  );

  r.add("get", "/api/v1/imports/:jobId", { auth: ADMINS.concat(["supervisor"]), summary: "Progress and report of an import job", tag: "crm" }, async (ctx) => {
    const tenantId = await tenantOf(db, ctx);
    const job = jobs.get(ctx.params[0] ?? "");
    if (!job || job.tenantId !== tenantId) throw new ApiError("not_found", "no such import job");
    const { tenantId: _t, ...rest } = job;
    return { json: rest };
  });

  r.add(
    "get",
    "/api/v1/customers/export",
    {
      auth: ADMINS.concat(["supervisor"]),
      query: Type.Object({ format: Type.Optional(Type.Union([Type.Literal("csv"), Type.Literal("xlsx")])) }),
      summary: "Export all customers as CSV (UTF-8 with BOM) or XLSX",
      tag: "crm",
    },
    async (ctx) => {
      const tenantId = await tenantOf(db, ctx);
      const format = (ctx.q as { format?: string }).format ?? "csv";
      const rows = await db.tx({ tenantId }, async (c) => (await c.query("SELECT * FROM customers WHERE tenant_id = $1 ORDER BY created_at, id", [tenantId])).rows);
      const items = rows.map(customerJson);
      const cells = (x: ReturnType<typeof customerJson>) => [x.name, x.phones.join(";"), x.email, x.company, x.vipLevel, x.tags.join(";"), x.notes];
      await audit(db, tenantId, ctx, "customer_export", "customer", "", { format, rows: items.length });
      if (format === "csv") {
        const body = `\ufeff${csvLine([...COLUMNS])}${items.map((x) => csvLine(cells(x))).join("")}`;
        return { rawReply: { body: Buffer.from(body, "utf8"), contentType: "text/csv; charset=utf-8", filename: "customers.csv" } };
      }
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on("data", (c: Buffer) => chunks.push(c));
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
      const ws = wb.addWorksheet("customers");
      ws.addRow([...COLUMNS]).commit();
      for (const x of items) ws.addRow(cells(x).map((v) => (typeof v === "string" && /^[=+\-@]/.test(v) ? `'${v}` : v))).commit();
      ws.commit();
      await wb.commit();
      return { rawReply: { body: Buffer.concat(chunks), contentType: XLSX, filename: "customers.xlsx" } };
    },
  );
}
