// The trigger behind tests/support/write-log.ts: every row written to the test
// database is logged, with the user it belongs to.
import pg from "pg";

/** Adds the log and a row trigger on every table. Run once, on the fresh test database. */
export async function installWriteLog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      CREATE TABLE IF NOT EXISTS "_test_write_log" (
        seq bigserial PRIMARY KEY,
        tbl text NOT NULL,
        op text NOT NULL,
        owner text,
        row jsonb NOT NULL
      );
      CREATE INDEX IF NOT EXISTS "_test_write_log_owner" ON "_test_write_log" (owner, seq);
      CREATE OR REPLACE FUNCTION "_test_log_write"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
      BEGIN
        INSERT INTO "_test_write_log" (tbl, op, owner, row)
        VALUES (TG_TABLE_NAME, TG_OP, coalesce(r->>'userId', CASE WHEN TG_TABLE_NAME = 'User' THEN r->>'id' END), r);
        RETURN NULL;
      END $$;`);
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', '_test_write_log')`,
    );
    for (const { table_name } of rows) {
      await client.query(
        `CREATE OR REPLACE TRIGGER "_test_log_write" AFTER INSERT OR UPDATE OR DELETE ON "${table_name}" FOR EACH ROW EXECUTE FUNCTION "_test_log_write"()`,
      );
    }
  } finally {
    await client.end();
  }
}
