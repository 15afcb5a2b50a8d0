// `npm run db:seed`: creates the demo user and its map in the configured database
// (or the embedded one), after bringing the schema up to date.
import { PrismaPg } from "@prisma/adapter-pg";
import { resolveDatabase } from "../scripts/lib/database";
import { migrate } from "../scripts/lib/migrate";
import { PrismaClient } from "../src/generated/prisma/client";
import { DEMO_EMAIL, ensureDemoUser } from "../src/server/demo/demo-map";

const LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"];

async function main() {
  const database = await resolveDatabase();
  try {
    const host = new URL(database.url).hostname;
    if (!LOCAL_HOSTS.includes(host) && !process.argv.includes("--allow-remote")) {
      throw new Error(`Refusing to seed demo data into a database on ${host}; pass --allow-remote if you mean it.`);
    }
    await migrate(database.url);
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 1 }) });
    try {
      const { id } = await ensureDemoUser(client);
      const mentors = await client.mentor.count({ where: { userId: id } });
      console.log(`Demo map ready: ${DEMO_EMAIL} with ${mentors} mentors.`);
    } finally {
      await client.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
