// `npm test`: the whole suite — types, unit and integration (vitest), e2e
// (Playwright in Chromium against the built app), the load and fault test on a
// short setting (`npm run test:load` runs the full one) — then one summary line.
// Every stage runs even if an earlier one fails, so one run shows everything.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const reports = "test-reports";
rmSync(`${reports}/vitest.json`, { force: true });
rmSync(`${reports}/playwright.json`, { force: true });
mkdirSync(reports, { recursive: true });

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`◀ ${label}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return result.status === 0;
}

const only = process.argv.slice(2);
const want = (stage: string) => only.length === 0 || only.includes(stage);
const ok: boolean[] = [];
if (want("types")) ok.push(run("types (tsc)", "npx", ["tsc", "--noEmit"]));
if (want("vitest"))
  ok.push(run("unit + integration (vitest)", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/vitest.json`]));
if (want("e2e"))
  ok.push(run("e2e (Playwright)", "npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` }));
// Last and alone: it restarts the local PostgreSQL under load.
let load: boolean | undefined;
if (want("load")) ok.push((load = run("load and faults (short: 50 users × 10 s, Postgres restarted)", "npx", ["tsx", "scripts/load-test.ts"], { LOAD_SECONDS: "10" })));

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(`${reports}/vitest.json`)) {
  const v = JSON.parse(readFileSync(`${reports}/vitest.json`, "utf8"));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
}
if (existsSync(`${reports}/playwright.json`)) {
  const p = JSON.parse(readFileSync(`${reports}/playwright.json`, "utf8")).stats;
  passed += p.expected + p.flaky;
  failed += p.unexpected;
  skipped += p.skipped;
}
if (load !== undefined) load ? passed++ : failed++;
const stagesFailed = ok.filter((x) => !x).length;
if (stagesFailed && failed === 0) failed = stagesFailed; // a stage that failed before counting tests
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok.every(Boolean) ? 0 : 1);
