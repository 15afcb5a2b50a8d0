// What a browser pays for a page: the JavaScript it downloads (measured in Chromium,
// since Next 16 no longer prints it at build) and Lighthouse's scores.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

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
};

/**
 * Lighthouse's performance and accessibility scores (0–100): with its default
 * settings (a mid-range phone on a throttled connection, simulated, the CPU slowed 4×),
 * or with `cpuSlowdownMultiplier` in place of the 4×.
 */
export async function lighthouseScores(
  base: string,
  sessionToken: string,
  paths: string[],
  { cpuSlowdownMultiplier }: { cpuSlowdownMultiplier?: number } = {},
) {
  if (!CHROMIUM) throw new Error("Lighthouse needs Chromium (apt-get install chromium, or set CHROMIUM_PATH).");
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...FLAGS] });
  try {
    const out: Record<string, LighthouseScores> = {};
    for (const path of paths) {
      // A trace Chromium failed to record (NO_NAVSTART, seen here once in a while) is run
      // again, up to three times, rather than losing the whole bench run.
      let lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"] | undefined;
      for (let attempt = 1; !lhr; attempt++) {
        const run = await lighthouseOnce(base + path, chrome.port, sessionToken, cpuSlowdownMultiplier);
        if (!run.runtimeError) lhr = run;
        else if (attempt === 3) throw new Error(`Lighthouse on ${path}: ${run.runtimeError.message}`);
        else console.warn(`Lighthouse on ${path}: ${run.runtimeError.message}; running it again.`);
      }
      out[path] = {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
        lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
        benchmarkIndex: lhr.environment.benchmarkIndex,
      };
    }
    return out;
  } finally {
    chrome.kill();
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
  return result.lhr;
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
