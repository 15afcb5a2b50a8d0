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

export type LighthouseScores = { performance: number; accessibility: number };

/**
 * Lighthouse's performance and accessibility scores (0–100) with its default
 * settings: a mid-range phone on a throttled connection (simulated).
 */
export async function lighthouseScores(base: string, sessionToken: string, paths: string[]) {
  if (!CHROMIUM) throw new Error("Lighthouse needs Chromium (apt-get install chromium, or set CHROMIUM_PATH).");
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...FLAGS] });
  try {
    const out: Record<string, LighthouseScores> = {};
    for (const path of paths) {
      const result = await lighthouse(base + path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: { Cookie: `next-auth.session-token=${sessionToken}` },
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
      out[path] = {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      };
    }
    return out;
  } finally {
    chrome.kill();
  }
}
