// `npm run bench`: page timings of the built app against a seeded Postgres, beside
// the framework's floor (a trivial signed-in page) measured in the same run, with the
// SQL queries each request makes. Writes bench/results.md and bench/results.json.
//
//   BENCH_REQUESTS=100  measured rounds (one request per scenario each, after 5 warm-ups)
//   TEST_POSTGRES_URL  admin URL of the local Postgres (default postgresql://postgres@127.0.0.1:5432/postgres)
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { migrate } from "../src/server/db/migrate";
import { createDatabase, dropDatabase, dropOrphanedDatabases, postgresReachable, uniqueDatabaseName, TEST_POSTGRES_ADMIN_URL } from "../tests/support/postgres";
import { startQueryCounter } from "./lib/query-counter";
import { seedBenchUser } from "./lib/seed";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const WARMUP = 5;
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const base = `http://localhost:${PORT}`;

type Scenario = { name: string; path: (ids: { busiestMentorId: string }) => string; budget?: number };
type Result = { scenario: string; data: string; median: number; p95: number; ratio: number | null; queries: number; budget: string; pass: boolean | null };

const SCENARIOS: Scenario[] = [
  { name: "floor: trivial signed-in page (/help)", path: () => "/help" },
  { name: "mentors list, first page", path: () => "/mentors", budget: 2 },
  { name: "mentors search", path: () => "/mentors?q=grace%20oka", budget: 2 },
  { name: "mentors filtered (category + stage + due)", path: () => "/mentors?category=SAGE&stage=ACTIVE&due=week&sort=next", budget: 2 },
  { name: "mentor page", path: ({ busiestMentorId }) => `/mentors/${busiestMentorId}`, budget: 2 },
  { name: "dashboard (the map)", path: () => "/dashboard", budget: 2 },
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function timeRequest(path: string, cookie: string) {
  const started = performance.now();
  const res = await fetch(base + path, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - started;
}

async function main() {
  if (!(await postgresReachable())) throw new Error("npm run bench needs the local Postgres on 127.0.0.1:5432 (set TEST_POSTGRES_URL to use another local one).");
  await dropOrphanedDatabases();
  const name = uniqueDatabaseName("mentormap_bench");
  const url = await createDatabase(name);
  const admin = new URL(TEST_POSTGRES_ADMIN_URL);
  const counter = await startQueryCounter({ host: admin.hostname, port: Number(admin.port || 5432) });
  let app: ReturnType<typeof spawn> | undefined;
  try {
    await migrate(url);
    console.log("Seeding: a small map (50 mentors, 500 check-ins) and a large one (5,000 mentors, 50,000 check-ins)…");
    const small = await seedBenchUser(url, "small", { mentors: 50, checkIns: 500, valueExchanges: 100 });
    const large = await seedBenchUser(url, "large", { mentors: 5_000, checkIns: 50_000, valueExchanges: 10_000 });

    const proxied = new URL(url);
    // BENCH_COUNT_QUERIES=0 measures without the counting proxy in the path.
    if (process.env.BENCH_COUNT_QUERIES !== "0") proxied.host = `127.0.0.1:${counter.port}`;
    app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: proxied.toString(), PORT: String(PORT), NEXTAUTH_URL: base, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), LOG_LEVEL: "warn" },
    });
    for (let i = 0; ; i++) {
      if (i > 600) throw new Error("the app did not start");
      if (await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }

    const results: Result[] = [];
    for (const [label, user] of [["5,000 mentors / 50,000 check-ins", large], ["50 mentors / 500 check-ins", small]] as const) {
      const cookie = `next-auth.session-token=${user.sessionToken}`;
      const paths = SCENARIOS.map((s) => s.path(user));
      // Queries: a few requests of each scenario alone, counted on the wire.
      const queries: number[] = [];
      for (const path of paths) {
        for (let i = 0; i < WARMUP; i++) await timeRequest(path, cookie);
        const before = counter.count();
        for (let i = 0; i < 5; i++) await timeRequest(path, cookie);
        queries.push((counter.count() - before) / 5);
      }
      // Times: round-robin over the scenarios, so that the machine's drift (a shared
      // 2-core VM) weighs on the floor and the pages alike.
      const times: number[][] = paths.map(() => []);
      for (let i = 0; i < REQUESTS; i++) {
        for (const [j, path] of paths.entries()) times[j]!.push(await timeRequest(path, cookie));
      }
      const floor = quantile([...times[0]!].sort((a, b) => a - b), 0.5);
      for (const [j, s] of SCENARIOS.entries()) {
        const sorted = [...times[j]!].sort((a, b) => a - b);
        const median = quantile(sorted, 0.5);
        const ratio = s.budget ? median / floor : null;
        results.push({
          scenario: s.name,
          data: label,
          median: round(median),
          p95: round(quantile(sorted, 0.95)),
          ratio: ratio === null ? null : round(ratio),
          queries: round(queries[j]!),
          budget: s.budget ? `≤ ${s.budget}× floor` : "—",
          pass: ratio === null ? null : ratio <= s.budget!,
        });
        console.log(`${label} · ${s.name}: median ${round(median)} ms, p95 ${round(quantile(sorted, 0.95))} ms, ${round(queries[j]!)} queries/request`);
      }
    }
    const constant = SCENARIOS.every((s) => new Set(results.filter((r) => r.scenario === s.name).map((r) => r.queries)).size === 1);
    write(results, constant);
    console.log(`\nQuery count constant as the data grows: ${constant ? "yes" : "NO"}. Wrote bench/results.md and bench/results.json.`);
  } finally {
    app?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await counter.stop();
    await dropDatabase(name).catch(() => {});
  }
}

function round(n: number) {
  return Math.round(n * 100) / 100;
}

function write(results: Result[], constantQueries: boolean) {
  const when = new Date().toISOString();
  writeFileSync("bench/results.json", JSON.stringify({ when, node: process.version, requests: REQUESTS, constantQueries, results }, null, 2) + "\n");
  const rows = results.map(
    (r) => `| ${r.scenario} | ${r.data} | ${r.median} | ${r.p95} | ${r.ratio ?? "—"} | ${r.queries} | ${r.budget} | ${r.pass === null ? "—" : r.pass ? "pass" : "FAIL"} |`,
  );
  writeFileSync(
    "bench/results.md",
    [
      "# Benchmark results",
      "",
      `Run ${when} on Node ${process.version}: \`npm run bench\`, built app (\`next start\`) on the local Postgres. ${REQUESTS} rounds of one request per scenario in turn (after ${WARMUP} warm-ups), so machine drift weighs on the floor and the pages alike. Times are full responses over loopback, in milliseconds. Queries are counted on the wire between the app and Postgres, over 5 requests of each scenario.`,
      "",
      "| scenario | data | median (ms) | p95 (ms) | ratio to floor | queries / request | budget | result |",
      "|---|---|---|---|---|---|---|---|",
      ...rows,
      "",
      `Query count per page the same for both data sizes: **${constantQueries ? "yes" : "no"}**.`,
      "",
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
