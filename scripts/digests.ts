// `npm run digests -- --now [--email ADDRESS]`: sends the digests that are due now
// (its V8 heap is capped at 192 MB in package.json: a batch pages through users, so
// memory stays flat however many there are)
// (for operators and system cron; the app also runs this on its own schedule).
// With --email, only that user's digest, for their current period even before its
// hour. The ledger makes a repeat harmless: a period already sent is not sent again.
// Exits 1 when any digest failed (cron mails the output), after listing why; every
// SMTP step has a deadline, so it ends within a minute even against a server that hangs.
import { parseArgs } from "node:util";
import { appEnvironment } from "./lib/app-env";
import { DatabaseUnreachable } from "./lib/database";
import { migrate } from "./lib/migrate";

async function main() {
  const { values } = parseArgs({ options: { now: { type: "boolean" }, email: { type: "string" } } });
  if (!values.now) {
    console.error("Usage: npm run digests -- --now [--email ADDRESS]");
    process.exit(2);
  }
  // The same secret, address and database as `npm start` (scripts/lib/app-env.ts).
  const { env, database } = await appEnvironment();
  Object.assign(process.env, env);
  let failed = 0;
  try {
    await migrate(database.url);
    const { startupWarnings } = await import("../src/server/env");
    for (const warning of startupWarnings()) console.error(`Warning: ${warning}`);
    const { runDigests } = await import("../src/server/digests/send-digests");
    const result = await runDigests({ email: values.email });
    failed = result.failed;
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(
      `Digests: ${result.sent} sent, ${result.failed} failed, ${result.skipped} skipped. Peak memory ${peakMb} MB.`,
    );
    for (const { reason, count } of result.problems) console.error(`Failed (${count}): ${reason}`);
    if (failed)
      console.error(
        "Temporary failures are retried by the next run until the period is over; Settings shows each user's.",
      );
    const { db } = await import("../src/server/db");
    await db.$disconnect();
  } finally {
    await database.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof DatabaseUnreachable ? error.message : `Digests failed: ${(error as Error).message}`);
  process.exit(1);
});
