// A TCP proxy between the app and Postgres that counts the queries the app sends:
// simple-protocol Query ('Q') and extended-protocol Execute ('E') messages. The app
// needs no instrumentation, and nothing is guessed from timings.
//
// It runs in a process of its own: in the bench's process, relaying every query of the
// digest run took the event loop from the SMTP sink beside it, and the sink's rate, not
// the sender's, set the digests' pace (1.9–2.1× the trivial messages' time; 1.55× without).
import { fork } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";

export type QueryCounter = { port: number; count: () => Promise<number>; stop: () => Promise<void> };

/** The proxy in a child process; `count()` asks it how many queries it has seen. */
export async function startQueryCounter(target: { host: string; port: number }): Promise<QueryCounter> {
  const child = fork(fileURLToPath(import.meta.url), [target.host, String(target.port)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const replies: ((n: number) => void)[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`the query counter exited with ${code}`)));
  });
  child.on("message", (m) => replies.shift()?.((m as { count: number }).count));
  return {
    port,
    count: () =>
      new Promise<number>((resolve) => {
        replies.push(resolve);
        child.send("count");
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function serveProxy(target: { host: string; port: number }) {
  let queries = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    // Without this, Nagle's algorithm holds small writes back and the proxy, not the app, sets the pace.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on("data", (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          // Startup and SSL requests have no type byte: int32 length, then body.
          if (buffer.length < 4) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          if (code !== 80877103) started = true; // not an SSLRequest: the real startup
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) break;
        const type = String.fromCharCode(buffer[0]!);
        if (type === "Q" || type === "E") queries++;
        buffer = buffer.subarray(length + 1);
      }
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  process.on("message", () => process.send!({ count: queries }));
  process.on("disconnect", () => process.exit(0));
  process.send!({ port: address.port });
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  await serveProxy({ host: process.argv[2]!, port: Number(process.argv[3]) });
