// Playwright's webServer: the built app (`next build` + `next start` through
// `npm start`'s launcher) on a database made for this run, sending its mail to a
// real SMTP server whose messages the tests read from E2E_MAIL_DIR.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase, dropDatabase, postgresReachable, uniqueDatabaseName } from "../../support/postgres";
import { startSmtpSink } from "../../support/smtp-sink";

const port = process.env.E2E_PORT ?? "3210";
const mailDir = path.resolve(process.env.E2E_MAIL_DIR ?? "test-results/e2e-mail");
rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });

const smtp = await startSmtpSink();
let count = 0;
smtp.onMessage = (mail) => {
  const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).map((a) => a?.text ?? "").join(", ");
  writeFileSync(path.join(mailDir, `${String(++count).padStart(5, "0")}.json`), JSON.stringify({ to, subject: mail.subject, text: mail.text }));
};

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: port,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  SMTP_URL: smtp.url,
  LOG_LEVEL: "warn",
  NEXT_TELEMETRY_DISABLED: "1",
};

let cleanup = async () => {};
if (await postgresReachable()) {
  const name = uniqueDatabaseName("mentormap_e2e");
  env.DATABASE_URL = await createDatabase(name);
  cleanup = () => dropDatabase(name);
  console.log(`e2e: Postgres database ${name}`);
} else {
  delete env.DATABASE_URL;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "mentor-map-e2e-"));
  env.MENTOR_MAP_DATA_DIR = dataDir;
  cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  console.log("e2e: no Postgres reachable, using the embedded database");
}

const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: "inherit", env });
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  app.kill("SIGTERM");
  await new Promise((r) => app.once("exit", r));
  await smtp.stop();
  await cleanup().catch((e) => console.error(`e2e cleanup: ${(e as Error).message}`));
  process.exit(code);
}
app.on("exit", (code) => void stop(code ?? 1));
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
