// The JSON export of the biggest map, downloaded from the running app: how soon the
// first bytes arrive, how long the whole takes, and the server's peak memory (the
// resident set of the biggest process under the app's launcher, which is the Next
// server, sampled every 20 ms) while it streams.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";

export type ExportBenchResult = {
  mentors: number;
  checkIns: number;
  bytes: number;
  firstByteMs: number;
  totalMs: number;
  rssBeforeMb: number;
  peakRssMb: number;
  /** Whether the server has Next's SWC compiler loaded (it needs none to serve a build: scripts/lib/app-server.mjs). */
  swcLoaded: boolean;
  /** The server's MALLOC_ARENA_MAX, as `npm start` sets it (scripts/start.ts), or null if unset. */
  mallocArenas: string | null;
};

/** The biggest process among `root` and every process below it: the Next server under its launcher. */
function serverPid(root: number) {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const inTree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (inTree.has(ppid) && !inTree.has(pid)) {
        inTree.add(pid);
        grew = true;
      }
  }
  return rows.filter(([pid]) => inTree.has(pid)).sort((a, b) => b[2] - a[2])[0]![0];
}

/** The process's resident memory now, in MB, read without blocking (the download goes on meanwhile). */
async function rssMb(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

export async function benchExport(base: string, sessionToken: string, launcherPid: number): Promise<ExportBenchResult> {
  const pid = serverPid(launcherPid);
  const rssBeforeMb = await rssMb(pid);
  let peakRssMb = rssBeforeMb;
  const sampler = setInterval(() => {
    rssMb(pid).then(
      (mb) => (peakRssMb = Math.max(peakRssMb, mb)),
      () => {},
    );
  }, 20);
  try {
    const started = performance.now();
    const response = await fetch(`${base}/api/export?format=json`, {
      headers: { cookie: `next-auth.session-token=${sessionToken}` },
    });
    if (!response.ok || !response.body) throw new Error(`export failed: ${response.status}`);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let firstByteMs = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!firstByteMs) firstByteMs = performance.now() - started;
      chunks.push(value);
    }
    const totalMs = performance.now() - started;
    const text = Buffer.concat(chunks).toString("utf8");
    const doc = JSON.parse(text) as { mentors: unknown[]; checkIns: unknown[] };
    return {
      mentors: doc.mentors.length,
      checkIns: doc.checkIns.length,
      bytes: text.length,
      firstByteMs: Math.round(firstByteMs),
      totalMs: Math.round(totalMs),
      rssBeforeMb,
      peakRssMb,
      swcLoaded: (await readFile(`/proc/${pid}/maps`, "utf8")).includes("next-swc"),
      mallocArenas:
        (await readFile(`/proc/${pid}/environ`, "utf8"))
          .split("\0")
          .find((v) => v.startsWith("MALLOC_ARENA_MAX="))
          ?.slice("MALLOC_ARENA_MAX=".length) ?? null,
    };
  } finally {
    clearInterval(sampler);
  }
}
