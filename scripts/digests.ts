// `npm run digests -- --now [--email ADDRESS]`: sends the digests that are due now
// (its V8 heap is capped at 192 MB in package.json: a batch pages through users, so
// memory stays flat however many there are)
// (for operators and system cron; the app also runs this on its own schedule).
// With --email, only that user's digest, for their current period even before its
// hour. The ledger makes a repeat harmless: a period already sent is not sent again.
import path from "node:path";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { migrate } from "../src/server/db/migrate";
import { DATA_DIR, DatabaseUnreachable, resolveDatabase } from "./lib/database";

async function main() {
  const { values } = parseArgs({ options: { now: { type: "boolean" }, email: { type: "string" } } });
  if (!values.now) {
    console.error("Usage: npm run digests -- --now [--email ADDRESS]");
    process.exit(2);
  }
  nextEnv.loadEnvConfig(process.cwd());
  const database = await resolveDatabase();
  process.env.DATABASE_URL = database.url;
  if (database.embedded) process.env.MENTOR_MAP_EMBEDDED_DB = "1";
  process.env.OUTBOX_DIR ??= path.join(DATA_DIR, "outbox");
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? "3000"}`;
  try {
    await migrate(database.url);
    const { runDigests } = await import("../src/server/digests/send-digests");
    const result = await runDigests({ email: values.email });
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(`Digests: ${result.sent} sent, ${result.failed} failed (retried later), ${result.skipped} skipped. Peak memory ${peakMb} MB.`);
    const { db } = await import("../src/server/db");
    await db.$disconnect();
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof DatabaseUnreachable ? error.message : `Digests failed: ${(error as Error).message}`);
  process.exit(1);
});
