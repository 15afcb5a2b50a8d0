// V8's explicit compile hint (Chrome 136 and later): a script whose first line is
// this comment has every function compiled eagerly, on a background thread while it
// downloads, instead of on the main thread the first time each is called. Turbopack
// wraps each module in a function, so without it the browser compiles React, Next's
// router and our components on the main thread as the page hydrates: on a phone, the
// longest task of every page load (docs/performance.md, "Lighthouse, where the time goes").
// Other browsers read it as a comment.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/**
 * Puts the hint at the top of every script of the build's client chunks (idempotent).
 * Run by `next build` itself, straight after it compiles (next.config.ts), so the
 * service worker's precache, written later in the build, lists the files as served.
 */
export async function addCompileHints(distDir: string) {
  const dir = path.join(distDir, "static", "chunks");
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".js"));
  let hinted = 0;
  for (const file of files) {
    const full = path.join(dir, file);
    const source = await readFile(full, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    await writeFile(full, `${COMPILE_HINT}\n${source}`);
    hinted++;
  }
  return { hinted, files: files.length };
}
