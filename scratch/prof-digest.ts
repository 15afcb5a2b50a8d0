import pg from "pg";
import { SMTPServer } from "smtp-server";

const ADMIN = process.env.ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const N = 2000;
async function main() {
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS mm_prof");
  await admin.query("CREATE DATABASE mm_prof");
  await admin.end();
  const url = ADMIN.replace(/\/postgres$/, "/mm_prof");
  const { migrate } = await import("../src/server/db/migrate");
  await migrate(url);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const hour = new Date().getUTCHours();
  await c.query(
    `INSERT INTO "User" (id, email, name, "timeZone", "digestFrequency", "digestHour", "updatedAt") SELECT 'dg_' || i, 'digest' || i || '@bench.example', 'Reader ' || i, 'UTC', 'DAILY', $1, now() FROM generate_series(1, $2::int) i`,
    [hour, N],
  );
  await c.query(
    `INSERT INTO "Mentor" (id, "userId", name, category, stage, "cadenceDays", "nextCheckInOn", "updatedAt") SELECT 'dgm_' || i || '_' || j, 'dg_' || i, 'Mentor ' || j, 'PEER', 'ACTIVE', 30, current_date - j, now() FROM generate_series(1, $1::int) i, generate_series(1, 3) j`,
    [N],
  );
  await c.query(
    `INSERT INTO "Reminder" (id, "userId", "mentorId", kind, title, "dueOn", "updatedAt") SELECT 'dgr_' || m.id, m."userId", m.id, 'CHECK_IN', 'Check in with ' || m.name, m."nextCheckInOn", now() FROM "Mentor" m`,
  );
  await c.query("ANALYZE");
  await c.end();
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    closeTimeout: 100,
    logger: false,
    onData(stream, _s, cb) {
      stream.on("data", () => {});
      stream.on("end", () => {
        n++;
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(2599, "127.0.0.1", r));
  process.env.DATABASE_URL = url;
  process.env.SMTP_URL = "smtp://127.0.0.1:2599";
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.LOG_LEVEL = "warn";
  process.env.NEXTAUTH_SECRET ??= "x".repeat(40);
  const { collectDigest } = await import("../src/server/digests/digest-content");
  const { renderDigest } = await import("../src/server/digests/digest-email");
  const { sendMail } = await import("../src/server/mail/mail");
  const users = Array.from({ length: 500 }, (_, i) => ({ id: `dg_${i + 1}`, timeZone: "UTC" }));
  const pool = async (fn: (i: number) => Promise<unknown>) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < users.length) await fn(next++);
      }),
    );
  };
  await pool((i) => collectDigest(users[i]!)); // warm
  let t = performance.now();
  const contents: any[] = [];
  await pool(async (i) => {
    contents[i] = await collectDigest(users[i]!);
  });
  console.log("collect ms/user", ((performance.now() - t) / 500).toFixed(2));
  for (let i = 0; i < 50; i++)
    await renderDigest({
      content: contents[i],
      name: "R",
      baseUrl: "http://x",
      unsubscribeUrl: "http://x/u",
      period: "daily",
    });
  t = performance.now();
  const mails: any[] = [];
  for (let i = 0; i < 500; i++)
    mails[i] = await renderDigest({
      content: contents[i],
      name: "R",
      baseUrl: "http://x",
      unsubscribeUrl: "http://x/u",
      period: "daily",
    });
  console.log(
    "render ms/user",
    ((performance.now() - t) / 500).toFixed(2),
    "html bytes",
    mails[0].html.length,
    "text",
    mails[0].text.length,
  );
  t = performance.now();
  await pool(async (i) =>
    sendMail({
      to: `digest${i}@bench.example`,
      ...mails[i],
      headers: { "List-Unsubscribe": "<http://x>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    }),
  );
  console.log("send ms/user", ((performance.now() - t) / 500).toFixed(2));
  t = performance.now();
  await pool(async (i) => sendMail({ to: `digest${i}@bench.example`, subject: "hi", text: "hi" }));
  console.log("trivial send ms", ((performance.now() - t) / 500).toFixed(2));
  const { runDigests } = await import("../src/server/digests/send-digests");
  t = performance.now();
  const r = await runDigests();
  console.log("runDigests", r, "ms/user", ((performance.now() - t) / N).toFixed(2));
  process.exit(0);
}
main();
