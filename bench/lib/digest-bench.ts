// The digest scenario of `npm run bench`: 10,000 users with due items, all digests
// sent by `npm run digests -- --now` (a separate process, as cron runs it) to a local
// SMTP sink, beside the sink's own throughput for trivial messages in the same run.
import { spawn } from "node:child_process";
import pg from "pg";
import { startSmtpSink } from "../../tests/support/smtp-sink";
import type { QueryCounter } from "./query-counter";

export const DIGEST_USERS = Number(process.env.BENCH_DIGEST_USERS ?? 10_000);
/** Sent first and not counted: the JIT warm-up of the sink and the sender (the digest run meets a warm sink). */
const TRIVIAL_WARMUP = 1_000;
const TRIVIAL_MESSAGES = 5_000;
/**
 * Timed pairs (trivial messages, then digests), the median pair judged: the digest
 * rate of one build moved from 1,154 to 1,545 per second from one run to the next.
 */
const PAIRS = Number(process.env.BENCH_DIGEST_PAIRS ?? 3);

export type DigestBenchResult = {
  users: number;
  sent: number;
  /** The median pair's (by ratio). */
  digestsPerSecond: number;
  trivialPerSecond: number;
  ratio: number;
  /** Every timed pair, in the order run: trivial messages, then digests. */
  pairs: { trivialPerSecond: number; digestsPerSecond: number; ratio: number }[];
  peakRssMb: number;
  queriesPerUser: number;
};

const rate = (times: number[]) => (times.length < 2 ? 0 : ((times.length - 1) / (times.at(-1)! - times[0]!)) * 1000);

async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const hour = new Date().getUTCHours();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "User" (id, email, name, "timeZone", "digestFrequency", "digestHour", "updatedAt")
       SELECT 'dg_' || i, 'digest' || i || '@bench.example', 'Reader ' || i, 'UTC', 'DAILY', $1, now() FROM generate_series(1, $2::int) i`,
      [hour, DIGEST_USERS],
    );
    await client.query(
      `INSERT INTO "Mentor" (id, "userId", name, category, stage, "cadenceDays", "nextCheckInOn", "updatedAt")
       SELECT 'dgm_' || i || '_' || j, 'dg_' || i, 'Mentor ' || j, 'PEER', 'ACTIVE', 30, current_date - j, now()
       FROM generate_series(1, $1::int) i, generate_series(1, 3) j`,
      [DIGEST_USERS],
    );
    await client.query(
      `INSERT INTO "Reminder" (id, "userId", "mentorId", kind, title, "dueOn", "updatedAt")
       SELECT 'dgr_' || m.id, m."userId", m.id, 'CHECK_IN', 'Check in with ' || m.name, m."nextCheckInOn", now()
       FROM "Mentor" m WHERE m.id LIKE 'dgm_%'`,
    );
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

export async function benchDigests(url: string, proxiedUrl: string, counter: QueryCounter): Promise<DigestBenchResult> {
  console.log(`Digests: seeding ${DIGEST_USERS.toLocaleString("en")} users with check-ins due…`);
  await seed(url);
  const sink = await startSmtpSink(0, { parse: false });
  try {
    // The sink's throughput for trivial messages, sent the way the app sends: from a
    // process of their own (as the digests are), nodemailer with as many pooled
    // connections and as many messages in flight as the digest sender, warmed up first.
    const sendTrivial = async () => {
      const sender = spawn(
        process.execPath,
        ["--import", "tsx", "bench/lib/trivial-sender.ts", sink.url, String(TRIVIAL_WARMUP), String(TRIVIAL_MESSAGES)],
        { stdio: ["ignore", "inherit", "inherit", "ipc"] },
      );
      const senderExit = new Promise<number | null>((resolve) => sender.on("exit", resolve));
      await new Promise<void>((resolve) => sender.once("message", () => resolve()));
      sink.arrivals.length = 0;
      sender.send("go");
      if ((await senderExit) !== 0) throw new Error("the trivial-message sender failed");
      return rate(sink.arrivals);
    };

    // Exactly what an operator's cron runs: first through the counting proxy (the
    // queries per digest), then, with the ledger emptied each time, straight to the
    // database and timed, as the trivial messages are (the proxy's relaying took a core's share).
    const runDigests = async (databaseUrl: string) => {
      const child = spawn("npm", ["run", "--silent", "digests", "--", "--now"], {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          SMTP_URL: sink.url,
          LOG_LEVEL: "warn",
          NEXTAUTH_SECRET: "bench-only-secret-for-unsubscribe-links",
          NEXTAUTH_URL: "https://mentor-map.bench.example",
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let output = "";
      child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      if (code !== 0) throw new Error(`npm run digests exited with ${code}: ${output}`);
      return { sent: Number(output.match(/Digests: (\d+) sent/)?.[1] ?? 0), output };
    };
    const emptyLedger = async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      // Vacuumed too: the 10,000 rows just deleted are the bench's doing, not a deployment's,
      // and autovacuum would clean them up in the middle of the timed run.
      await client
        .query(`DELETE FROM "DigestDelivery"; DELETE FROM "DigestRun"`)
        .then(() => client.query(`VACUUM ANALYZE "DigestDelivery", "DigestRun"`))
        .finally(() => client.end());
    };
    const before = await counter.count();
    const counted = await runDigests(proxiedUrl);
    const queries = (await counter.count()) - before;

    const pairs: (DigestBenchResult["pairs"][number] & { sent: number; peakRssMb: number })[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const trivialPerSecond = await sendTrivial();
      await emptyLedger();
      sink.arrivals.length = 0;
      const { sent, output } = await runDigests(url);
      const digestsPerSecond = rate(sink.arrivals);
      pairs.push({
        trivialPerSecond: Math.round(trivialPerSecond),
        digestsPerSecond: Math.round(digestsPerSecond),
        ratio: Math.round((trivialPerSecond / digestsPerSecond) * 100) / 100,
        sent,
        peakRssMb: Number(output.match(/Peak memory (\d+) MB/)?.[1] ?? 0),
      });
    }
    const median = [...pairs].sort((a, b) => a.ratio - b.ratio)[Math.floor(pairs.length / 2)]!;
    return {
      users: DIGEST_USERS,
      // Every timed run must send them all, and stay within memory.
      sent: Math.min(...pairs.map((p) => p.sent)),
      digestsPerSecond: median.digestsPerSecond,
      trivialPerSecond: median.trivialPerSecond,
      ratio: median.ratio,
      pairs: pairs.map(({ trivialPerSecond, digestsPerSecond, ratio }) => ({
        trivialPerSecond,
        digestsPerSecond,
        ratio,
      })),
      peakRssMb: Math.max(...pairs.map((p) => p.peakRssMb)),
      queriesPerUser: Math.round((queries / Math.max(1, counted.sent)) * 100) / 100,
    };
  } finally {
    await sink.stop();
  }
}
