// The embedded database: PostgreSQL compiled to WASM (PGlite), served on a local
// port with the Postgres wire protocol so the app talks to it exactly as it talks
// to a real server. Used when DATABASE_URL is unset (a newcomer needs no Postgres)
// and by the tests on a machine without one.
//
// No "server-only" marker: the launcher and the test setup import it.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = {
  url: string;
  db: PGlite;
  stop: () => Promise<void>;
};

/**
 * Starts PGlite on 127.0.0.1. `dataDir` persists to disk; omit it for an in-memory
 * database. PGlite is one session, so clients must use a pool of one connection
 * (src/server/db.ts does when MENTOR_MAP_EMBEDDED_DB=1).
 */
export async function startEmbeddedDatabase(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedDatabase> {
  const db = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 4 });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  const url = `postgresql://postgres@${conn}/postgres?sslmode=disable`;
  return {
    url,
    db,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
