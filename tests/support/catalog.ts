import pg from "pg";

/**
 * Everything about a schema that Prisma cares about, in a stable, comparable form:
 * enums, columns (type, nullability, default), constraints and indexes.
 */
export async function describeSchema(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows.map((r) => Object.values(r).join(" | "));
    return [
      ...(await q(`SELECT 'enum', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                   FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`)),
      ...(await q(`SELECT 'column', c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                          coalesce(pg_get_expr(d.adbin, d.adrelid), '')
                   FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                   LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                   WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
                     AND c.relname <> '_prisma_migrations'
                   ORDER BY c.relname, a.attname`)),
      ...(await q(`SELECT 'constraint', c.relname, con.conname, pg_get_constraintdef(con.oid)
                   FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'
                   ORDER BY c.relname, con.conname`)),
      ...(await q(`SELECT 'index', tablename, indexname, indexdef FROM pg_indexes
                   WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
                   ORDER BY tablename, indexname`)),
    ];
  } finally {
    await client.end();
  }
}
