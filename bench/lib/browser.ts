// What a browser pays for a page: the JavaScript it downloads (measured in Chromium,
// since Next 16 no longer prints it at build) and Lighthouse's scores.
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { mainThreadTime } from "./trace";

const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const FLAGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** JavaScript bytes transferred (compressed, as on the wire) for each path, cold cache. */
export async function javascriptTransferred(base: string, sessionToken: string, paths: string[]) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const out: Record<string, number> = {};
    for (const path of paths) {
      const context = await browser.newContext();
      await context.addCookies([{ name: "next-auth.session-token", value: sessionToken, url: base }]);
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on("requestfinished", (request) => {
        if (request.resourceType() === "script")
          scripts.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      });
      const response = await page.goto(base + path, { waitUntil: "networkidle" });
      if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()} in Chromium`);
      out[path] = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  /** Total blocking time and largest contentful paint as Lighthouse simulated them, ms. */
  tbtMs: number;
  lcpMs: number;
  /** Lighthouse's measure of this machine's CPU in the same run (its docs: ~1500–2000 a high-end desktop). */
  benchmarkIndex: number;
  /**
   * The page's main thread during the load, median of the runs, from Lighthouse's own
   * trace: the CPU time its tasks took, and the wall time they spanned (what Lighthouse
   * scales), which a busy 2-core machine stretches well past the CPU time.
   */
  mainThread: { cpuMs: number; wallMs: number };
  /** How long the document took to start arriving in Lighthouse's run (its server-response-time), median of the runs. */
  serverResponseMs: number;
  /** The performance score of every run, in the order run; the figures above are the median run's. */
  runs: number[];
};

/** The share of CPU time this machine spent idle over `ms` (Linux's /proc/stat; 1 elsewhere). */
async function idleShare(ms: number) {
  const sample = () => {
    if (!existsSync("/proc/stat")) return null;
    const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    return { idle: cpu[3]! + (cpu[4] ?? 0), total: cpu.reduce((a, b) => a + b, 0) };
  };
  const before = sample();
  await new Promise((r) => setTimeout(r, ms));
  const after = sample();
  if (!before || !after || after.total === before.total) return 1;
  return (after.idle - before.idle) / (after.total - before.total);
}

/**
 * Waits (up to 60 s) until the machine has been quiet for a second: Lighthouse's
 * simulated timings scale what it observes, so a run beside a server still busy with
 * the last load test (or Postgres's autovacuum after the seeding) scores the machine,
 * not the page. Returns the idle share it started from.
 */
export async function waitForQuietMachine() {
  const deadline = Date.now() + 60_000;
  let idle = 0;
  while (Date.now() < deadline) {
    idle = await idleShare(1000);
    if (idle >= 0.85) break;
  }
  return idle;
}

/**
 * Lighthouse's performance and accessibility scores (0–100): with its default
 * settings (a mid-range phone on a throttled connection, simulated, the CPU slowed 4×),
 * or with `cpuSlowdownMultiplier` in place of the 4×. Each page is run `runs` times on
 * a quiet machine and the median run is kept, as Lighthouse's documentation on
 * variability advises (docs/variability.md: "run Lighthouse multiple times" and take
 * the median); every run's score is kept beside it.
 */
export async function lighthouseScores(
  base: string,
  sessionToken: string,
  paths: string[],
  { cpuSlowdownMultiplier, runs = 1 }: { cpuSlowdownMultiplier?: number; runs?: number } = {},
) {
  if (!CHROMIUM) throw new Error("Lighthouse needs Chromium (apt-get install chromium, or set CHROMIUM_PATH).");
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...FLAGS] });
  try {
    const out: Record<string, LighthouseScores> = {};
    for (const path of paths) {
      const all: Lhr[] = [];
      const threads: { cpuMs: number; wallMs: number }[] = [];
      for (let i = 0; i < runs; i++) {
        await waitForQuietMachine();
        const run = await lighthouseRun(base + path, chrome.port, sessionToken, cpuSlowdownMultiplier);
        all.push(run.lhr);
        threads.push(mainThreadTime(run.artifacts.Trace));
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const performanceOf = (lhr: Lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100);
      const lhr = [...all].sort((a, b) => performanceOf(a) - performanceOf(b))[Math.floor(all.length / 2)]!;
      out[path] = {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
        lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        mainThread: { cpuMs: median(threads.map((t) => t.cpuMs)), wallMs: median(threads.map((t) => t.wallMs)) },
        serverResponseMs: median(all.map((l) => Math.round(l.audits["server-response-time"]?.numericValue ?? 0))),
        runs: all.map(performanceOf),
      };
    }
    return out;
  } finally {
    chrome.kill();
  }
}

type RunnerResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;
type Lhr = RunnerResult["lhr"];

/** One run. A trace Chromium failed to record (NO_NAVSTART, seen here once in a while) is run again, up to three times. */
async function lighthouseRun(url: string, port: number, sessionToken: string, cpuSlowdownMultiplier?: number) {
  for (let attempt = 1; ; attempt++) {
    const run = await lighthouseOnce(url, port, sessionToken, cpuSlowdownMultiplier);
    const error = run.lhr.runtimeError;
    if (!error) return run;
    if (attempt === 3) throw new Error(`Lighthouse on ${url}: ${error.message}`);
    console.warn(`Lighthouse on ${url}: ${error.message}; running it again.`);
  }
}

async function lighthouseOnce(url: string, port: number, sessionToken: string, cpuSlowdownMultiplier?: number) {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders: { Cookie: `next-auth.session-token=${sessionToken}` },
    ...(cpuSlowdownMultiplier ? { throttling: { cpuSlowdownMultiplier } } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result;
}

/**
 * The CPU slowdown that makes this machine the phone Lighthouse means to emulate, from
 * its benchmarkIndex: Lighthouse's 4× is for a high-end desktop (about 1,533), and its
 * documentation (docs/throttling.md, "calibrating multipliers") points to its
 * maintainers' calculator, whose steps these are: 1,300 → 3×, 800 → 2×, 150 → 1×.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number) {
  const m =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : 1 + (benchmarkIndex - 150) / 650;
  return Math.round(Math.max(1, m) * 10) / 10;
}
