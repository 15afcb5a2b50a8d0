// `npm test`: the whole suite — types, lint and format, unit and integration (vitest), e2e
// (Playwright in Chromium against the built app), the load and fault test on a
// short setting (`npm run test:load` runs the full one) — then one summary line.
// Every stage runs even if an earlier one fails, so one run shows everything.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { e2eLeftovers } from "./lib/e2e-leftovers";

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string }[];
  }[];
};
type PlaywrightSuite = {
  title: string;
  file: string;
  specs?: { title: string; file: string; tests: { projectName: string; status: string }[] }[];
  suites?: PlaywrightSuite[];
};
type PlaywrightReport = {
  stats: { expected: number; flaky: number; unexpected: number; skipped: number };
  suites: PlaywrightSuite[];
};

const reports = "test-reports";
rmSync(`${reports}/vitest.json`, { force: true });
rmSync(`${reports}/playwright.json`, { force: true });
mkdirSync(reports, { recursive: true });

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(
    `◀ ${label}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return result.status === 0;
}

const only = process.argv.slice(2);
const want = (stage: string) => only.length === 0 || only.includes(stage);
const ok: boolean[] = [];
if (want("types")) ok.push(run("types (tsc)", "npx", ["tsc", "--noEmit"]));
// Zero warnings: a warning fails the stage like an error.
if (want("lint")) ok.push(run("lint and format (biome)", "npm", ["run", "--silent", "lint"]));
if (want("vitest"))
  ok.push(
    run("unit + integration (vitest)", "npx", [
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${reports}/vitest.json`,
    ]),
  );
// The e2e web servers clean up after themselves when Playwright stops them: what is new after the run is left over.
let leftovers: string[] = [];
if (want("e2e")) {
  const before = new Set(await e2eLeftovers());
  ok.push(
    run("e2e (Playwright)", "npx", ["playwright", "test", "--reporter=list,json"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json`,
    }),
  );
  leftovers = (await e2eLeftovers()).filter((thing) => !before.has(thing));
}
// Last and alone: it restarts a PostgreSQL cluster of its own under load.
let load: boolean | undefined;
if (want("load")) {
  load = run("load and faults (short: 50 users × 10 s, Postgres restarted)", "npx", ["tsx", "scripts/load-test.ts"], {
    LOAD_SECONDS: "10",
  });
  ok.push(load);
}

let passed = 0;
let failed = 0;
let skipped = 0;
// Named at the very end, so the tail of a long CI log says what failed.
const failures: string[] = [];
const flaky: string[] = [];
if (existsSync(`${reports}/vitest.json`)) {
  const v = JSON.parse(readFileSync(`${reports}/vitest.json`, "utf8")) as VitestReport;
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
  for (const file of v.testResults) {
    const where = path.relative(process.cwd(), file.name);
    const failedTests = file.assertionResults.filter((a) => a.status === "failed");
    for (const a of failedTests) failures.push(`vitest ${where} › ${a.fullName}`);
    if (file.status === "failed" && failedTests.length === 0)
      failures.push(`vitest ${where}: ${(file.message ?? "").split("\n")[0]}`);
  }
}
if (existsSync(`${reports}/playwright.json`)) {
  const report = JSON.parse(readFileSync(`${reports}/playwright.json`, "utf8")) as PlaywrightReport;
  const p = report.stats;
  passed += p.expected + p.flaky;
  failed += p.unexpected;
  skipped += p.skipped;
  const walk = (suite: PlaywrightSuite, titles: string[]): void => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests) {
        const name = `e2e [${test.projectName}] ${spec.file} › ${[...titles, spec.title].join(" › ")}`;
        if (test.status === "unexpected") failures.push(name);
        if (test.status === "flaky") flaky.push(name);
      }
    for (const child of suite.suites ?? []) walk(child, suite.file === child.file ? [...titles, child.title] : titles);
  };
  for (const suite of report.suites) walk(suite, []);
}
if (leftovers.length) {
  failed++;
  failures.push(`e2e left behind what its servers made: ${leftovers.join(", ")}`);
  ok.push(false);
}
if (load === true) passed++;
if (load === false) {
  failed++;
  failures.push("load and faults (its report is above)");
}
const stagesFailed = ok.filter((x) => !x).length;
if (stagesFailed && failed === 0) failed = stagesFailed; // a stage that failed before counting tests
if (flaky.length) console.log(`\nPassed on a retry:\n- ${flaky.join("\n- ")}`);
if (failures.length) console.log(`\nFailed:\n- ${failures.join("\n- ")}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok.every(Boolean) ? 0 : 1);
