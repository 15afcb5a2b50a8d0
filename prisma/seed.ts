// `npm run db:seed`: creates the demo user and its map in the configured database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/generated/prisma/client";
import { DEMO_EMAIL, ensureDemoUser } from "../src/server/demo/demo-map";
import { migrate } from "../src/server/db/migrate";
import { resolveDatabase } from "../scripts/lib/database";

const database = await resolveDatabase();
try {
  await migrate(database.url);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 1 }) });
  const { id } = await ensureDemoUser(client);
  const mentors = await client.mentor.count({ where: { userId: id } });
  console.log(`Demo map ready: ${DEMO_EMAIL} with ${mentors} mentors.`);
  await client.$disconnect();
} finally {
  await database.stop();
}
