import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import ExcelJS from "exceljs";
import { type J, Fixture } from "../testing/fixture.ts";
import { parseCsv } from "./csv.ts";

const fx = new Fixture();
before(() => fx.start(), { timeout: 60_000 });
after(() => fx.stop(), { timeout: 60_000 });

async function upload(token: string, body: Buffer | string, type: string, q = ""): Promise<{ status: number; json: J }> {
  const res = await fetch(`${fx.base}/api/v1/customers/import${q}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": type }, body });
  return { status: res.status, json: await res.json() };
}

async function finished(token: string, jobId: string): Promise<J> {
  for (let i = 0; i < 1000; i++) {
    const j = (await fx.api("GET", `/api/v1/imports/${jobId}`, token)).json;
    if (j.status !== "running") return j;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.fail("import did not finish");
}

test("CSV import: valid rows imported, rejected rows reported with row and field, dedupe by phone", { timeout: 30_000 }, async () => {
  const admin = fx.tokens.tenant_admin as string;
  const csv = [
    "姓名,电话,Email,公司,VIP,标签,备注",
    '张三,13800000001,zs@example.com,"Acme, Inc.",2,vip;north,"says ""hi"""',
    ",13800000002,,,,,no name",
    "李四,13800000003;010-88886666,,,12,,bad vip",
    "王五,13800000001,,,,,same phone as row 2",
    "赵六,,,,0,,",
  ].join("\r\n");
  const r = await upload(admin, `\ufeff${csv}\r\n`, "text/csv", "?dedupe=phone");
  assert.equal(r.status, 202, JSON.stringify(r.json));
  const job = await finished(admin, r.json.jobId);
  assert.equal(job.status, "done");
  assert.equal(job.total, 5);
  assert.equal(job.imported, 2);
  assert.deepEqual(
    job.rejected.map((x: J) => [x.row, x.field]),
    [
      [3, "name"],
      [4, "vipLevel"],
      [5, "phones"],
    ],
  );
  const zs = (await fx.api("GET", "/api/v1/customers?q=zs@example.com", admin)).json.items[0];
  assert.deepEqual([zs.company, zs.phones, zs.tags, zs.notes], ["Acme, Inc.", ["+8613800000001"], ["vip", "north"], 'says "hi"']);
  // Other tenants cannot see the job; agents cannot import.
  assert.equal((await fx.api("GET", `/api/v1/imports/${r.json.jobId}`, fx.tokens.other_admin)).status, 404);
  assert.equal((await upload(fx.tokens.agent as string, csv, "text/csv")).status, 403);
  assert.equal((await upload(admin, "{}", "application/json")).status, 400);
  assert.equal((await upload(admin, "foo,bar\r\n1,2", "text/csv")).json.error.field, "name");
});

test("export CSV and XLSX round-trip into another tenant; formulas are neutralised", { timeout: 30_000 }, async () => {
  const admin = fx.tokens.tenant_admin as string;
  await fx.api("POST", "/api/v1/customers", admin, { name: "=HYPERLINK(\"http://x\")", phones: ["13800000009"] });
  const csvRes = await fetch(`${fx.base}/api/v1/customers/export?format=csv`, { headers: { authorization: `Bearer ${admin}` } });
  assert.equal(csvRes.status, 200);
  assert.match(csvRes.headers.get("content-type") ?? "", /text\/csv/);
  const rows = parseCsv(await csvRes.text());
  assert.deepEqual(rows[0], ["name", "phones", "email", "company", "vipLevel", "tags", "notes"]);
  assert.ok(rows.some((r) => r[0] === "'=HYPERLINK(\"http://x\")"), "formula neutralised");
  const total = (await fx.api("GET", "/api/v1/customers", admin)).json.total;
  assert.equal(rows.length - 1, total);

  const x = await fetch(`${fx.base}/api/v1/customers/export?format=xlsx`, { headers: { authorization: `Bearer ${admin}` } });
  assert.equal(x.status, 200);
  const buf = Buffer.from(await x.arrayBuffer());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  assert.equal(wb.worksheets[0]?.rowCount, total + 1);
  // Import the XLSX into the other tenant.
  const other = fx.tokens.other_admin as string;
  const r = await upload(other, buf, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  assert.equal(r.status, 202, JSON.stringify(r.json));
  const job = await finished(other, r.json.jobId);
  assert.equal(job.imported, total, JSON.stringify(job.rejected));
  assert.equal((await fx.api("GET", "/api/v1/customers", other)).json.total, total);
  assert.equal((await fx.api("GET", "/api/v1/customers/export", fx.tokens.agent)).status, 403);
});

test("a large CSV import reports progress and finishes", { timeout: 60_000 }, async () => {
  const admin = fx.tokens.tenant_admin as string;
  const N = 5000;
  const lines = ["name,phones"];
  for (let i = 0; i < N; i++) lines.push(`Customer ${i},1390000${String(i).padStart(4, "0")}`);
  const t0 = Date.now();
  const r = await upload(admin, lines.join("\n"), "text/csv");
  const progress = new Set<number>();
  let job: J;
  for (;;) {
    job = (await fx.api("GET", `/api/v1/imports/${r.json.jobId}`, admin)).json;
    progress.add(job.processed);
    if (job.status !== "running") break;
    await new Promise((res) => setTimeout(res, 10));
  }
  const ms = Date.now() - t0;
  assert.equal(job.imported, N);
  assert.ok(progress.size >= 2, `progress observed: ${[...progress].join(",")}`);
  console.log(`# imported ${N} customers in ${ms} ms (${Math.round((N * 1000) / ms)} rows/s)`);
});
