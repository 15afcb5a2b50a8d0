// The server `npm start` runs: Next's request handler behind a node:http server of
// our own, for what `next start` cannot do:
// - tell the app the TCP peer's address (Next keeps a client-sent X-Forwarded-For
//   as it is, so the socket address is lost): rate limits and the loopback-only
//   outbox and demo depend on it;
// - listen on HOST, 127.0.0.1 by default on the embedded set-up.
// Plain JavaScript run by node itself: a TypeScript loader would hook every module
// Next loads while it serves.
import http from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";

/** The same name as PEER_HEADER in src/domain/client-address.ts (a unit test holds them equal). */
export const PEER_HEADER = "x-mentor-map-peer";

async function serve() {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST || (process.env.MENTOR_MAP_EMBEDDED_DB === "1" ? "127.0.0.1" : undefined);
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

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve();
