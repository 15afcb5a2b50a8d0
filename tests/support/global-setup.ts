// One database for the whole integration run: a fresh one on the local Postgres,
// dropped afterwards, or embedded PGlite when no Postgres is reachable.
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../scripts/lib/embedded-database";
import { migrate } from "../../scripts/lib/migrate";
import { createDatabase, dropDatabase, dropOrphanedDatabases, postgresReachable, uniqueDatabaseName } from "./postgres";
import { installWriteLog } from "./write-log-install";

export default async function setup(project: TestProject) {
  if (await postgresReachable()) {
    await dropOrphanedDatabases();
    const name = uniqueDatabaseName("mentormap_test");
    const url = await createDatabase(name);
    await migrate(url);
    await installWriteLog(url);
    process.env.DATABASE_URL = url;
    project.provide("databaseUrl", url);
    project.provide("embedded", false);
    return async () => dropDatabase(name);
  }
  const embedded = await startEmbeddedDatabase();
  await migrate(embedded.url);
  await installWriteLog(embedded.url);
  process.env.DATABASE_URL = embedded.url;
  process.env.MENTOR_MAP_EMBEDDED_DB = "1";
  project.provide("databaseUrl", embedded.url);
  project.provide("embedded", true);
  console.log("No Postgres on 127.0.0.1:5432: integration tests run on embedded PGlite.");
  return async () => embedded.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embedded: boolean;
  }
}
