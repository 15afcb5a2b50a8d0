// The JSON export of the biggest map, downloaded from the running app: how soon the
// first bytes arrive, how long the whole takes, and the server's peak memory (the
// resident set of the biggest process under the app's launcher, which is the Next
// server, sampled every 20 ms) while it streams.
import { execFileSync } from "node:child_process";

export type ExportBenchResult = {
  mentors: number;
  checkIns: number;
  bytes: number;
  firstByteMs: number;
  totalMs: number;
  rssBeforeMb: number;
  peakRssMb: number;
};

/** Resident memory of the biggest process among `root` and every process below it, in MB. */
function serverRssMb(root: number) {
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
  return Math.round(Math.max(...rows.filter(([pid]) => inTree.has(pid)).map(([, , rss]) => rss)) / 1024);
}

export async function benchExport(base: string, sessionToken: string, serverPid: number): Promise<ExportBenchResult> {
  const rssBeforeMb = serverRssMb(serverPid);
  let peakRssMb = rssBeforeMb;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, serverRssMb(serverPid));
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
    };
  } finally {
    clearInterval(sampler);
  }
}
