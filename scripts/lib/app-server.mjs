// The server `npm start` runs: Next's request handler behind a node:http server of
// our own, for what `next start` cannot do:
// - tell the app the TCP peer's address (Next keeps a client-sent X-Forwarded-For
//   as it is, so the socket address is lost): rate limits and the loopback-only
//   outbox and demo depend on it;
// - listen on HOST, 127.0.0.1 by default on the embedded set-up.
// Plain JavaScript run by node itself: a TypeScript loader would hook every module
// Next loads while it serves.
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

/** The same name as PEER_HEADER in src/domain/client-address.ts (a unit test holds them equal). */
export const PEER_HEADER = "x-mentor-map-peer";

async function serve() {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST || (process.env.MENTOR_MAP_EMBEDDED_DB === "1" ? "127.0.0.1" : undefined);
  if (!dev) applyBuiltConfig();
  const app = next({
    dev,
    dir: process.cwd(),
    hostname: host && host !== "0.0.0.0" && host !== "::" ? host : "localhost",
    port,
  });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => {
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    void handle(req, res);
  });
  server.listen(port, host, () => {
    const where = host ? `${host}:${port}` : `every interface, port ${port}`;
    console.log(`Mentor Map is ready at ${process.env.NEXTAUTH_URL} (listening on ${where}).`);
    if (process.env.MENTOR_MAP_EMBEDDED_DB === "1" && host && !/^(127\.|::1$|localhost$)/.test(host)) {
      console.warn(
        `HOST=${host}: other machines can reach the app. The development outbox (/dev/outbox, where sign-in links land) and the demo sign-in still answer this machine alone; set SMTP_URL so people get their links by mail.`,
      );
    }
  });

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}

/**
 * The configuration `next build` wrote beside the build, handed to Next as its own
 * standalone server does. Otherwise Next compiles next.config.ts again at every
 * start, loading its SWC compiler (26 MB resident for the life of the process) for
 * that alone. A Next that ignores the variable reads next.config.ts as before.
 */
function applyBuiltConfig() {
  if (process.env.__NEXT_PRIVATE_STANDALONE_CONFIG) return;
  const built = path.join(process.cwd(), ".next", "required-server-files.json");
  // A build without the file (none yet, or another tool's) leaves Next to read next.config.ts.
  if (!existsSync(built)) return;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(built, "utf8")).config);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve();
