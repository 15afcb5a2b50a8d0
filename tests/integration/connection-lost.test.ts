import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { connectionLost, db } from "@/server/db";

describe.skipIf(inject("embedded"))("a database connection lost under a query", () => {
  it("is told apart from other errors, as PostgreSQL reports it when it shuts a backend down", async () => {
    const victim = new pg.Client({ connectionString: inject("databaseUrl") });
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await Promise.all([victim.connect(), admin.connect()]);
    victim.on("error", () => {});
    const { rows } = await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const sleeping = victim.query("SELECT pg_sleep(10)").catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 200));
    await admin.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
    const error = await sleeping;
    await admin.end();
    expect(connectionLost(error)).toBe(true);
    // A query's own mistake is not a lost connection.
    const mistake = await db.$queryRawUnsafe("SELECT * FROM no_such_table").catch((e: unknown) => e);
    expect(connectionLost(mistake)).toBe(false);
  });
});
