// A PostgreSQL cluster of the test's own: initdb into a temporary folder, started
// on a free port on 127.0.0.1, restarted and removed by the test. The fault test
// restarts this one, never the machine's cluster (on a developer's laptop that
// would cut every other database's connections).
import { execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type ThrowawayCluster = {
  /** The cluster's maintenance database, `postgres`; make databases on it. */
  adminUrl: string;
  restart: () => Promise<{ ok: boolean; ms: number; why?: string }>;
  stop: () => Promise<void>;
};

/** Where the server binaries are: `pg_config --bindir`, or Debian's /usr/lib/postgresql/<version>/bin. */
function serverBinaries(): string {
  try {
    const dir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    if (existsSync(path.join(dir, "initdb"))) return dir;
  } catch {
    // not on PATH
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(path.join(root, v, "bin", "initdb"))) return path.join(root, v, "bin");
  throw new Error("No PostgreSQL server binaries (initdb, pg_ctl) found: install PostgreSQL's server package.");
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = serverBinaries();
  const dir = mkdtempSync(path.join(os.tmpdir(), "mentor-map-pg-"));
  const data = path.join(dir, "data");
  // initdb refuses to run as root: as root, the cluster is the postgres user's.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) =>
    (asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]] : [path.join(bin, tool), args]) as [
      string,
      string[],
    ];
  const exec = (tool: string, args: string[]) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const [command, argv] = run(tool, args);
      const child = spawn(command, argv, { stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("error", (error) => resolve({ code: -1, output: error.message }));
      child.on("exit", (code) => resolve({ code, output }));
    });

  const init = await exec("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  if (init.code !== 0) throw new Error(`initdb failed: ${init.output.trim()}`);
  const port = await freePort();
  // No fsync: a test cluster, thrown away; the restart is what is tested, not durability on power loss.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = await exec("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
  if (start.code !== 0) throw new Error(`pg_ctl start failed: ${start.output.trim()}`);
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    restart: async () => {
      const started = Date.now();
      const { code, output } = await exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "restart"]);
      return code === 0
        ? { ok: true, ms: Date.now() - started }
        : { ok: false, ms: Date.now() - started, why: output.trim() || `exit ${code}` };
    },
    stop: async () => {
      await exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
