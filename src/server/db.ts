import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { type Prisma, PrismaClient } from "@/generated/prisma/client";
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
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  globalForDb.mentorMapPool = pool;
  return client.$extends({
    query: {
      $allModels: {
        // A read on a connection the database dropped (a restart, a failover) is tried
        // once more on a fresh one, instead of ending in an error page. Writes are not:
        // whether a write on a dropped connection committed cannot be known here.
        async $allOperations({ operation, args, query }) {
          try {
            return await query(args);
          } catch (error) {
            if (!READS.has(operation) || !connectionLost(error)) throw error;
            logger.warn({ operation, err: (error as Error).message }, "database connection lost; read retried once");
            // A restarting server refuses connections for a moment (about 0.7 s here).
            await new Promise((r) => setTimeout(r, RETRY_AFTER_MS));
            return query(args);
          }
        },
      },
    },
  }) as unknown as PrismaClient;
}

const RETRY_AFTER_MS = 1_000;
const READS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

/** The connection went away under the query (PostgreSQL's admin shutdown codes, a reset or closed socket). */
export function connectionLost(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (
    let e = error as { message?: string; code?: string; cause?: unknown } | undefined;
    e && !seen.has(e);
    e = e.cause as typeof e
  ) {
    seen.add(e);
    if (/^57P0[123]$|^08\d{3}$|^ECONNRESET$|^EPIPE$/.test(String(e.code ?? ""))) return true;
    if (
      /Connection terminated|terminating connection|Server has closed the connection|ECONNRESET|Connection ended/i.test(
        String(e.message ?? ""),
      )
    )
      return true;
  }
  return false;
}

const globalForDb = globalThis as unknown as { mentorMapDb?: PrismaClient; mentorMapPool?: pg.Pool };

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
  // One client per process, development or not: the server's bundles hold more than one
  // copy of this module (the instrumentation hook's and the routes'), and each copy's
  // own client would bring its own connection pool and ~15 MB of Prisma's query schema.
  globalForDb.mentorMapDb = proxy;
  return proxy;
}

// ── A batch's raw statements ────────────────────────────────────────────────────
// Prisma's $queryRaw spends about 0.7 ms of CPU on a statement with a few array
// parameters that pg itself sends for about 0.3 ms. Most requests make a handful of
// statements and never notice; a digest run makes thousands (claiming and marking
// the ledger, reading each page of users), and its sender is bound by its CPU. So
// those go straight to the pool Prisma's adapter uses (the same connections, the
// same limit), read back as $queryRaw reads them: timestamps and dates as UTC
// Dates, bigint as BigInt (tests/integration/batch-sql.test.ts compares the two).

/** pg's own parsers, except these, which it would read in the process's time zone or as strings. */
const RAW_TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    switch (oid) {
      case pg.types.builtins.TIMESTAMP:
        return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
      case pg.types.builtins.DATE:
        return (value: string) => new Date(`${value}T00:00:00Z`);
      case pg.types.builtins.INT8:
        return (value: string) => BigInt(value);
      default:
        return pg.types.getTypeParser(oid, format);
    }
  },
} as pg.CustomTypesConfig;

/** pg would write a Date in the process's time zone; Prisma's adapter writes it as UTC, without a zone, and so does this. */
const rawValue = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString().replace("T", " ").replace("Z", "")
    : Array.isArray(value)
      ? value.map(rawValue)
      : value;

function rawPool(): pg.Pool {
  if (!globalForDb.mentorMapPool) void db.$connect; // creates the client, and with it the pool
  return globalForDb.mentorMapPool!;
}

async function runRaw(query: Prisma.Sql) {
  return rawPool().query({ text: query.text, values: query.values.map(rawValue), types: RAW_TYPES });
}

/** A batch's raw read (or write with RETURNING): the rows, as `db.$queryRaw` returns them. */
export async function batchRows<T>(query: Prisma.Sql): Promise<T[]> {
  return (await runRaw(query)).rows as T[];
}

/** A batch's raw write: how many rows it changed, as `db.$executeRaw` returns it. */
export async function batchExecute(query: Prisma.Sql): Promise<number> {
  return (await runRaw(query)).rowCount ?? 0;
}
