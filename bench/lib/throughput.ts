// Requests per second at saturation, measured from outside with autocannon: a fixed
// number of connections each sending its next request as soon as the last answered.
import autocannon from "autocannon";

export type Throughput = { requestsPerSecond: number; p50: number; p97_5: number; non2xx: number; errors: number };

/**
 * What a browser's request for a page asks for: the app answers a request for a
 * document (text/html) differently from an RSC request (src/server/once-html.ts), so
 * every page is requested as a browser loads it.
 */
export const DOCUMENT_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

export const SATURATION = {
  connections: 8,
  seconds: Number(process.env.BENCH_SATURATION_SECONDS ?? 10),
  warmupSeconds: 2,
};

function run(url: string, cookie: string, duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: SATURATION.connections, duration, headers: { cookie, accept: DOCUMENT_ACCEPT } },
      (error: Error | null, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** A warm-up (not counted), then the measured run. */
export async function saturate(url: string, cookie: string): Promise<Throughput> {
  await run(url, cookie, SATURATION.warmupSeconds);
  const r = await run(url, cookie, SATURATION.seconds);
  return {
    requestsPerSecond: Math.round(r.requests.average * 10) / 10,
    p50: r.latency.p50,
    p97_5: r.latency.p97_5,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}
