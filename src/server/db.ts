import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";
import { logger } from "./logger";

function createClient() {
  const { DATABASE_URL, DATABASE_POOL_MAX, MENTOR_MAP_EMBEDDED_DB } = env();
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    // PGlite is a single session: one connection, or transactions would interleave.
    max: DATABASE_POOL_MAX ?? (MENTOR_MAP_EMBEDDED_DB === "1" ? 1 : 10),
    // pg waits forever for a connection by default; a stuck request is worse than an error.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on("error", (error) => logger.warn({ err: error.message }, "database pool: idle client error"));
  // $disconnect ends the pool too, so a script (npm run digests) exits when done
  // instead of 30 s later, when the idle connections time out.
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

const globalForDb = globalThis as unknown as { mentorMapDb?: PrismaClient };

/** The one Prisma client. Query it only through the domain query/action modules. */
export const db: PrismaClient = globalForDb.mentorMapDb ?? lazyClient();

function lazyClient(): PrismaClient {
  // Created on first use so that importing this module (e.g. during `next build`)
  // needs no database.
  let client: PrismaClient | undefined;
  const proxy = new Proxy({} as PrismaClient, {
    get(_target, property) {
      client ??= createClient();
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
  if (process.env.NODE_ENV !== "production") globalForDb.mentorMapDb = proxy;
  return proxy;
}
