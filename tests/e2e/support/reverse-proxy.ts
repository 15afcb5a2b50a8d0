// A reverse proxy of a few lines, as a self-hoster puts nginx or Caddy in front of
// the app: it forwards every request to the app and says, in X-Forwarded-Host and
// X-Forwarded-Proto, which address the browser used, and in X-Forwarded-For whom
// for. The browser only ever sees the proxy's own origin.
import http from "node:http";

export type ReverseProxy = { origin: string; close: () => Promise<void> };

/** `clientAddress`: what the proxy says in X-Forwarded-For (default: the real peer). */
export async function startReverseProxy(
  target: string,
  { clientAddress }: { clientAddress?: string } = {},
): Promise<ReverseProxy> {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const headers = { ...req.headers };
    headers["x-forwarded-host"] = req.headers.host;
    headers["x-forwarded-proto"] = "http";
    headers["x-forwarded-for"] = [req.headers["x-forwarded-for"], clientAddress ?? req.socket.remoteAddress]
      .filter(Boolean)
      .join(", ");
    headers.host = upstream.host;
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
