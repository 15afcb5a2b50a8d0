// `npm run export -- --email ADDRESS > file.json`: one user's complete export (the
// same document as Settings → Download JSON), for operators and backups.
import { parseArgs } from "node:util";
import { appEnvironment } from "./lib/app-env";
import { DatabaseUnreachable } from "./lib/database";
import { migrate } from "./lib/migrate";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" } } });
  if (!values.email) {
    console.error("Usage: npm run export -- --email ADDRESS > file.json");
    process.exit(2);
  }
  // The same secret, address and database as `npm start` (scripts/lib/app-env.ts).
  const { env, database } = await appEnvironment();
  Object.assign(process.env, env);
  try {
    await migrate(database.url);
    const { db } = await import("../src/server/db");
    const { exportMap } = await import("../src/server/import-export/map-export");
    const user = await db.user.findUnique({
      where: { email: values.email.trim().toLowerCase() },
      select: { id: true },
    });
    if (!user) {
      console.error(`No account with the email ${values.email}.`);
      process.exitCode = 1;
    } else {
      const json = `${JSON.stringify(await exportMap(user.id), null, 2)}\n`;
      await new Promise<void>((resolve, reject) =>
        process.stdout.write(json, (error) => (error ? reject(error) : resolve())),
      );
    }
    await db.$disconnect();
  } finally {
    await database.stop();
  }
}

// The database pool keeps idle connections open for a while: leave once the work is done.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error instanceof DatabaseUnreachable ? error.message : `Export failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
