// Playwright's webServers: the built app (`next build` + `next start` through
// `npm start`'s launcher).
// - default: like production, on a database made for this run, sending its mail
//   to a real SMTP server whose messages the tests read from E2E_MAIL_DIR;
// - E2E_MODE=embedded: like a newcomer's first `npm start`: no DATABASE_URL, no
//   SMTP_URL, a fresh .data directory.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "../../../scripts/lib/embedded-database";
import {
  createDatabase,
  dropDatabase,
  dropOrphanedDatabases,
  postgresReachable,
  uniqueDatabaseName,
} from "../../support/postgres";
import { startSmtpSink } from "../../support/smtp-sink";
import { E2E_DATABASE_FILE, E2E_DATABASE_PREFIX, E2E_EMBEDDED_DIR_PREFIX, E2E_SECRET } from "./secret";

const port = process.env.E2E_PORT ?? "3210";
const mailDir = path.resolve(process.env.E2E_MAIL_DIR ?? "test-reports/e2e-mail");
rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });

const embeddedMode = process.env.E2E_MODE === "embedded";
const smtp = await startSmtpSink();
let count = 0;
smtp.onMessage = (mail) => {
  const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).map((a) => a?.text ?? "").join(", ");
  writeFileSync(
    path.join(mailDir, `${String(++count).padStart(5, "0")}.json`),
    JSON.stringify({ to, subject: mail.subject, text: mail.text }),
  );
};

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: port,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXTAUTH_SECRET: E2E_SECRET,
  SMTP_URL: embeddedMode ? undefined : smtp.url,
  LOG_LEVEL: "warn",
  NEXT_TELEMETRY_DISABLED: "1",
  // Every test signs in from 127.0.0.1; the per-address limit is what the tests exercise.
  SIGNIN_LIMIT_PER_IP: "10000",
  // tests/e2e/calendar.spec.ts serves a calendar here: the one private address allowed.
  CALENDAR_ALLOW_HOSTS: `127.0.0.1:${Number(port) + 7}`,
  CALENDAR_ALLOW_HOSTS_ONLY: "1",
};

let cleanup = async () => {};
if (embeddedMode) {
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), E2E_EMBEDDED_DIR_PREFIX));
  env.MENTOR_MAP_DATA_DIR = dataDir;
  env.OUTBOX_DIR = path.join(dataDir, "outbox");
  cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  // Let the main server build first, so two builds never race over .next/.
  await waitForHealthy(`http://localhost:${process.env.E2E_MAIN_PORT}/api/health`);
} else if (await postgresReachable()) {
  // A killed run's, naming a database that is gone. (Only here: the embedded server, starting
  // beside this one, once removed the file this server had just written.)
  rmSync(E2E_DATABASE_FILE, { force: true });
  await dropOrphanedDatabases();
  const name = uniqueDatabaseName(E2E_DATABASE_PREFIX);
  env.DATABASE_URL = await createDatabase(name);
  // For tests/e2e/support/auth.ts's quick sign-in, which writes a user and a session here.
  writeFileSync(E2E_DATABASE_FILE, JSON.stringify({ url: env.DATABASE_URL }));
  cleanup = async () => {
    rmSync(E2E_DATABASE_FILE, { force: true });
    await dropDatabase(name);
  };
  console.log(`e2e: Postgres database ${name}`);
} else {
  // Still production-like: PGlite served here and handed over as DATABASE_URL.
  const db = await startEmbeddedDatabase();
  env.DATABASE_URL = db.url;
  env.DATABASE_POOL_MAX = "1";
  cleanup = () => db.stop();
  console.log("e2e: no Postgres reachable, using PGlite as the configured database");
}

async function waitForHealthy(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} never became healthy`);
}

const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: "inherit", env });
const appExited = new Promise<void>((resolve) => app.once("exit", () => resolve()));
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // Never linger: Playwright may already have killed the app, or may kill us next.
  setTimeout(() => process.exit(code), 10_000).unref();
  if (app.exitCode === null && app.signalCode === null) app.kill("SIGTERM");
  await appExited;
  await smtp.stop();
  await cleanup().catch((e) => console.error(`e2e cleanup: ${(e as Error).message}`));
  process.exit(code);
}
app.on("exit", (code) => void stop(code ?? 1));
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
