// Config for the Prisma 6.19 CLI (package alias `prisma-wasm-engine`), used only for
// its bundled WASM schema engine: it turns schema changes into migration SQL on
// machines where Prisma 7's native engine cannot be downloaded. Driven by
// scripts/db-migration.mts; see README "Making a migration".

import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma-wasm-engine/config";

const PG_CHAR = 18; // the internal one-byte "char" type used by pg_catalog
const PG_TEXT = 25;

// The schema engine introspects pg_catalog columns of type "char", which the
// driver adapter does not map; they arrive as strings, so call them text.
function patchCharColumns(queryable: object) {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(queryable)) as {
    performIO: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
    __charPatched?: boolean;
  };
  if (proto.__charPatched) return;
  const original = proto.performIO;
  proto.performIO = async function (this: unknown, query: unknown) {
    const result = await original.call(this, query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    return result;
  };
  proto.__charPatched = true;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../schema.prisma",
  adapter: async () => {
    // allowExitOnIdle: the CLI never closes the adapter; without it the process lingers for pg's idle timeout.
    const factory = new PrismaPg({ connectionString: process.env.DATABASE_URL, allowExitOnIdle: true });
    const connect = factory.connect.bind(factory);
    const connectToShadowDb = factory.connectToShadowDb.bind(factory);
    factory.connect = async () => {
      const adapter = await connect();
      patchCharColumns(adapter);
      return adapter;
    };
    factory.connectToShadowDb = async () => {
      const adapter = await connectToShadowDb();
      patchCharColumns(adapter);
      return adapter;
    };
    // The two packages' adapter types differ only nominally.
    return factory as never;
  },
});
