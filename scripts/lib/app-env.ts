// What `npm start` hands the app, and what `npm run digests` and `npm run export`
// read too, so that all three agree: the database, and on the embedded set-up the
// secret kept in .data/ (it signs unsubscribe links: a command signing with another
// secret than the app's would mail links that 404) and the app's public address.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";
import { DATA_DIR, type ResolvedDatabase, resolveDatabase } from "./database";
import { persistedSecret } from "./secret";

const URL_FILE = path.join(DATA_DIR, "app-url");

export async function appEnvironment({
  dev = false,
} = {}): Promise<{ env: NodeJS.ProcessEnv; database: ResolvedDatabase }> {
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error });
  const database = await resolveDatabase();
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_TELEMETRY_DISABLED: "1",
    // A command run against a production database is production: it needs the real secret and SMTP.
    NODE_ENV: process.env.NODE_ENV ?? (dev ? "development" : "production"),
  };
  if (database.embedded) {
    env.MENTOR_MAP_EMBEDDED_DB = "1";
    env.NEXTAUTH_SECRET ??= persistedSecret(DATA_DIR);
  }
  env.OUTBOX_DIR ??= path.join(DATA_DIR, "outbox");
  env.NEXTAUTH_URL ??=
    (database.embedded && existsSync(URL_FILE) ? readFileSync(URL_FILE, "utf8").trim() : "") ||
    `http://localhost:${env.PORT ?? "3000"}`;
  return { env: env as NodeJS.ProcessEnv, database };
}

/** `npm start` on the embedded set-up says where it runs, for the commands to link to. */
export function rememberAppUrl(url: string) {
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(URL_FILE, `${url}\n`);
}
